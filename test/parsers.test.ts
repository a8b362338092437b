/**
 * The parsers that turn what partners write into values (src/internal/parsers, and the help line's
 * `firstDialable`), tested as pure functions: the value each returns and the problems it reports.
 * The widgets' own tests check the same inputs through the page (what a reader sees, one warning).
 */
import { expect } from '@open-wc/testing';
import type { Source, Stage } from '../src/content/types.js';
import { firstDialable } from '../src/internal/help-line.js';
import { oneOf, parseCurrent, parseDurations, parseThreshold } from '../src/internal/parsers/attributes.js';
import { parseAuthoredSigns, parseAuthoredStages, parseAuthoredStats } from '../src/internal/parsers/authored-lists.js';
import type { Problem } from '../src/internal/parsers/problem.js';
import { parsePartnerStats, parseStatJson } from '../src/internal/parsers/stat-json.js';

const BASE = 'https://clinic.example/page';
const SOURCE: Source = { title: 'Provided by clinic.example', lang: '' };
const names = (problems: Problem[]) => problems.map((problem) => problem.name);

/** A detached element holding `markup` as its children, as an author would write them. */
function authored(markup: string): Element {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host;
}

const stages: Stage[] = ['detox', 'taper', 'support'].map((id) => ({ id, title: id, summary: '', details: [], sources: [SOURCE] }));

describe('oneOf', () => {
  it('keeps an allowed value and leaves an unset one at the fallback, with no problem', () => {
    expect(oneOf('mode', 'cage-aid', ['signs', 'cage-aid'], 'signs')).to.deep.equal({ value: 'cage-aid', problems: [] });
    expect(oneOf('mode', undefined, ['signs', 'cage-aid'], 'signs')).to.deep.equal({ value: 'signs', problems: [] });
  });

  it('replaces anything else (wrong case, spaces, empty) with the fallback and names it', () => {
    for (const bad of ['CAGE-AID', ' signs', '', 'signs cage-aid']) {
      const { value, problems } = oneOf('mode', bad, ['signs', 'cage-aid'], 'signs');
      expect(value, bad).to.equal('signs');
      expect(problems, bad).to.deep.equal([{ name: 'mode', value: bad, consequence: 'is not one of signs, cage-aid; using signs.' }]);
    }
  });
});

describe('parseThreshold', () => {
  it('reads a whole number among the thresholds with published accuracy, spaces allowed', () => {
    expect(parseThreshold(' 1 ', [1, 2], 2)).to.deep.equal({ value: 1, problems: [] });
    expect(parseThreshold(undefined, [1, 2], 2)).to.deep.equal({ value: 2, problems: [] });
  });

  it('uses the default for unpublished, fractional, signed or written-out values', () => {
    for (const bad of ['0', '3', '4', '2.5', '-1', '+2', 'two', '', '1e0', '0x2']) {
      const { value, problems } = parseThreshold(bad, [1, 2], 2);
      expect(value, bad).to.equal(2);
      expect(problems, bad).to.deep.equal([{ name: 'threshold', value: bad, consequence: 'is not a threshold with published accuracy (1 or 2); using 2.' }]);
    }
  });
});

describe('parseDurations', () => {
  it('puts each duration on its stage, trimmed, and leaves the others alone', () => {
    const { value, problems } = parseDurations('{"taper": "  Often 2 to 6 months "}', stages);
    expect(value.map((stage) => stage.duration)).to.deep.equal([undefined, 'Often 2 to 6 months', undefined]);
    expect(problems).to.deep.equal([]);
    expect(stages[1].duration, 'the stages given are not changed').to.equal(undefined);
  });

  it('ignores JSON that is not an object, with one problem', () => {
    for (const bad of ['not json', '[1, 2]', '"text"', 'null', '42', '']) {
      const { value, problems } = parseDurations(bad, stages);
      expect(value, bad).to.equal(stages);
      expect(problems.map((problem) => problem.consequence), bad).to.deep.equal([
        'is not a JSON object such as {"detox": "2 to 6 months"}; using the default durations.',
      ]);
    }
  });

  it('names each entry for an unknown stage or with no text, and uses the rest', () => {
    const { value, problems } = parseDurations('{"detox": "A week", "nope": "x", "taper": 3, "support": "  "}', stages);
    expect(value.map((stage) => stage.duration)).to.deep.equal(['A week', undefined, undefined]);
    expect(problems.map((problem) => problem.consequence.split(' no usable')[0])).to.deep.equal(['gives "nope"', 'gives "taper"', 'gives "support"']);
  });
});

describe('parseCurrent', () => {
  it('reads an id or a 1-based number', () => {
    expect(parseCurrent('taper', stages, false).value).to.equal(1);
    expect(parseCurrent(' 3 ', stages, false).value).to.equal(2);
    expect(parseCurrent(undefined, stages, false)).to.deep.equal({ value: -1, problems: [] });
  });

  it('marks no stage for an unknown one, and says so only once the page is parsed', () => {
    for (const bad of ['0', '4', 'Detox', '-1', '1.5']) {
      expect(parseCurrent(bad, stages, true), `${bad} while parsing`).to.deep.equal({ value: -1, problems: [] });
      const { value, problems } = parseCurrent(bad, stages, false);
      expect(value, bad).to.equal(-1);
      expect(problems[0].consequence, bad).to.equal('is not a stage of this timeline (1 to 3, or detox, taper, support); no stage is marked.');
    }
  });
});

describe('firstDialable', () => {
  it('takes the first dialable source and reports each undialable one before it', () => {
    const { value, problems } = firstDialable([
      { label: 'phone', value: '844-318-HELP' },
      { label: 'child <a href>', value: undefined },
      { label: 'page <meta name="rw-phone"> content', value: 'tel:+1 (800) 662-4357' },
    ]);
    expect(value).to.deep.equal({ e164: '+18006624357', display: '(800) 662-4357' });
    expect(names(problems)).to.deep.equal(['phone']);
  });

  it('returns null when no source is dialable', () => {
    const { value, problems } = firstDialable([{ label: 'phone', value: 'javascript:alert(1)' }, { label: 'child <a href>', value: '' }]);
    expect(value).to.equal(null);
    expect(names(problems)).to.deep.equal(['phone', 'child <a href>']);
  });
});

describe('parseAuthoredSigns', () => {
  it('reads each item as plain text, credited to the page', () => {
    const { value, problems } = parseAuthoredSigns(authored('<ul><li> Trouble <b>sleeping</b> </li><li><img src=x onerror="alert(1)">Worry</li></ul>'), SOURCE);
    expect(value).to.deep.equal([
      { id: 'custom-1', text: 'Trouble sleeping', source: SOURCE },
      { id: 'custom-2', text: 'Worry', source: SOURCE },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('gives null with no list, and null with a problem (said once the page is parsed) for an empty one', () => {
    expect(parseAuthoredSigns(authored('<p>No list</p>'), SOURCE)).to.deep.equal({ value: null, problems: [] });
    const { value, problems } = parseAuthoredSigns(authored('<ol><li> </li></ol>'), SOURCE);
    expect(value).to.equal(null);
    expect(problems).to.deep.equal([{ name: 'child <ol>', value: '', consequence: "has no items; using the pack's signs.", authored: true }]);
  });
});

describe('parseAuthoredStages', () => {
  it('reads title, summary and details, keeps ids, and leaves out an item without a heading', () => {
    const { value, problems } = parseAuthoredStages(
      authored('<ol><li id="intake"><h3>Intake</h3><p>Call us.</p><p>One.</p><p>Two.</p></li><li><p>No title</p></li><li><h4>Aftercare</h4></li></ol>'),
      SOURCE,
    );
    expect(value).to.deep.equal([
      { id: 'intake', title: 'Intake', summary: 'Call us.', details: ['One.', 'Two.'], sources: [SOURCE] },
      { id: 'step-3', title: 'Aftercare', summary: '', details: [], sources: [SOURCE] },
    ]);
    expect(names(problems)).to.deep.equal(['child <li> number 2']);
  });

  it('gives null and a problem when no item is usable', () => {
    const { value, problems } = parseAuthoredStages(authored('<ol><li>Text only</li></ol>'), SOURCE);
    expect(value).to.equal(null);
    expect(names(problems)).to.deep.equal(['child <li> number 1', 'child <ol>']);
  });
});

describe('parseAuthoredStats', () => {
  it('reads figure, label, year and source; an https link is kept, resolved against the page', () => {
    const { value, problems } = parseAuthoredStats(
      authored('<ul><li data-year=" 2024 "><strong>1 in 3</strong> of our patients <cite><a href="/report">Annual report</a></cite></li></ul>'),
      BASE,
    );
    expect(value).to.deep.equal([
      { id: 'partner-1', figure: '1 in 3', label: 'of our patients', year: '2024', source: { title: 'Annual report', url: 'https://clinic.example/report', lang: '' } },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('drops a link that is not https (javascript:, data:, http:) and keeps the title as text', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'http://clinic.example/r', 'https://[bad']) {
      const { value, problems } = parseAuthoredStats(authored(`<ul><li><b>5</b> beds <cite><a href="${href}">Report</a></cite></li></ul>`), BASE);
      expect(value![0].source, href).to.deep.equal({ title: 'Report', lang: '' });
      expect(names(problems), href).to.deep.equal(['child <li> number 1 <cite> link href']);
    }
  });

  it('leaves out items without a figure or a label', () => {
    const { value, problems } = parseAuthoredStats(authored('<ul><li>No figure</li><li><strong>42</strong></li><li><strong>7</strong> days</li></ul>'), BASE);
    expect(value!.map((stat) => stat.figure)).to.deep.equal(['7']);
    expect(problems.map((problem) => problem.consequence)).to.deep.equal([
      'has no figure in <strong> or <b>; it is left out.',
      'has no text besides the figure to say what it counts; it is left out.',
    ]);
  });
});

describe('parseStatJson and parsePartnerStats', () => {
  const json = (text: string, list = '') => authored(`<script type="application/json">${text}</script>${list}`);

  it('reads figures given as text or numbers, a source as a string or an object', () => {
    const { value, problems } = parseStatJson(
      json('[{"figure": 12, "label": " beds ", "year": 2024, "source": "Our count"}, {"figure": "1 in 3", "label": "x", "source": {"url": "https://a.example/r"}}]'),
      BASE,
    );
    expect(value).to.deep.equal([
      { id: 'partner-1', figure: '12', label: 'beds', year: '2024', source: { title: 'Our count', lang: '' } },
      { id: 'partner-2', figure: '1 in 3', label: 'x', year: '', source: { title: 'https://a.example/r', url: 'https://a.example/r', lang: '' } },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('names each bad entry, year and source and keeps the good ones', () => {
    const { value, problems } = parseStatJson(
      json('[{"figure": "1", "label": "ok", "year": {"y": 1}, "source": {}}, {"figure": null, "label": "x"}, 5, {"figure": "2", "label": "y", "source": {"url": "http://a.example"}}]'),
      BASE,
    );
    expect(value!.map((stat) => stat.figure)).to.deep.equal(['1', '2']);
    expect(names(problems)).to.deep.equal([
      'child <script type="application/json"> entry 1 "year"',
      'child <script type="application/json"> entry 1 "source"',
      'child <script type="application/json"> entry 2',
      'child <script type="application/json"> entry 3',
      'child <script type="application/json"> entry 4 "source" "url"',
    ]);
    expect(problems.every((problem) => problem.authored)).to.equal(true);
  });

  it('falls back to the child list, then to none, and says which in the JSON problem', () => {
    const list = '<ul><li><strong>9</strong> nurses</li></ul>';
    for (const [text, reason] of [
      ['{oops', 'is not valid JSON'],
      ['{"figure": "1"}', 'is not a JSON array of figures such as [{"figure": "1 in 3", "label": "…"}]'],
      ['[{"figure": ""}]', 'has no usable figures'],
    ]) {
      const withList = parsePartnerStats(json(text, list), BASE);
      expect(withList.value!.map((stat) => stat.figure), text).to.deep.equal(['9']);
      expect(withList.problems.at(-1), text).to.deep.equal({ name: 'child <script type="application/json">', value: text, consequence: `${reason}; showing the child list instead.` });
      const alone = parsePartnerStats(json(text), BASE);
      expect(alone.value, text).to.equal(null);
      expect(alone.problems.at(-1)!.consequence, text).to.equal(`${reason}; showing the default figures.`);
    }
  });

  it('prefers good JSON to the list', () => {
    const { value } = parsePartnerStats(json('[{"figure": "3", "label": "json"}]', '<ul><li><strong>9</strong> list</li></ul>'), BASE);
    expect(value!.map((stat) => stat.label)).to.deep.equal(['json']);
  });
});
