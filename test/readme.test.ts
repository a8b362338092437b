/**
 * The README's per-widget reference, checked against the built manifest (dist/custom-elements.json,
 * made from the widgets' JSDoc): every attribute, event, part and custom property a widget has is
 * named in its README section, and the section names none it lacks. The tables stay hand-written
 * prose (defaults, examples, advice); this test fails when they drift from the code.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../src/internal/widgets.js';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/** Attributes every element has (HTML's own) that the README documents beside the kit's. */
const GLOBAL_ATTRIBUTES = ['lang'];

/** The README's section for `tag`: from `## \`<tag>\`` to the next level-2 heading. */
function section(readme: string, tag: string): string {
  const start = readme.indexOf(`## \`<${tag}>\``);
  expect(start, `README has a section for <${tag}>`).to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Backticked names in the first column of the tables whose header starts with `| heading |`. */
function tableNames(text: string, heading: string): string[] {
  const names: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (line.startsWith(`| ${heading} |`)) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable && !line.startsWith('| ---')) {
      const first = line.split('|')[1];
      names.push(...[...first.matchAll(/`([^`]+)`/g)].map((match) => match[1]));
    }
  }
  return names;
}

/** Part names: the backticked single words after "Parts:" or under "### Parts", up to the paragraph's end. */
function partNames(text: string): string[] {
  const match = /(?:Parts:|### Parts\n)([\s\S]*?)(?:\n\n|$)/.exec(text);
  const paragraph = (match?.[1] ?? '').split('Example:')[0];
  return [...paragraph.matchAll(/`([a-z][a-z-]*)`/g)].map((found) => found[1]);
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('README per-widget reference, against dist/custom-elements.json', () => {
  let readme = '';
  const declarations = new Map<string, Declaration>();

  before(async () => {
    readme = await (await fetch('/README.md')).text();
    const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/dist/custom-elements.json')).json();
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (declaration.tagName) declarations.set(declaration.tagName, declaration);
    }
  });

  it('warns partners that every item of their own checklist counts as a warning sign, so withdrawal symptoms stay out', () => {
    expect(section(readme, 'rw-symptom-checklist')).to.contain(
      "Don't put withdrawal symptoms in your own list: every item in it counts as a\nwarning sign.",
    );
  });

  for (const tag of WIDGET_TAGS) {
    describe(`<${tag}>`, () => {
      const names = (list: Named[] | undefined) => sorted((list ?? []).map((entry) => entry.name));

      it('names exactly its attributes', () => {
        const documented = sorted(tableNames(section(readme, tag), 'attribute'));
        expect(documented).to.deep.equal(sorted([...names(declarations.get(tag)!.attributes), ...GLOBAL_ATTRIBUTES]));
      });

      it('names exactly its events (rw-call, which every widget fires, may be said once for all)', () => {
        const text = section(readme, tag);
        const documented = tableNames(text, 'event');
        const saidForAll = readme.includes('Every widget fires `rw-call`');
        const expected = names(declarations.get(tag)!.events).filter((name) => !(saidForAll && name === 'rw-call' && !documented.length));
        expect(sorted(documented)).to.deep.equal(expected);
      });

      it('names exactly its parts', () => {
        expect(sorted(partNames(section(readme, tag)))).to.deep.equal(names(declarations.get(tag)!.cssParts));
      });

      it('names only custom properties it reads, and each of them (the banner lists the shared ones)', () => {
        const own = names(declarations.get(tag)!.cssProperties);
        const mentioned = sorted([...section(readme, tag).matchAll(/`(--rw-[a-z-]+)`/g)].map((match) => match[1]));
        const shared = sorted([...section(readme, 'rw-help-banner').matchAll(/`(--rw-[a-z-]+)`/g)].map((match) => match[1]));
        expect(mentioned.filter((name) => !own.includes(name)), 'named but not read').to.deep.equal([]);
        const inherited = tag === 'rw-help-banner' ? [] : shared.filter((name) => own.includes(name));
        expect(own.filter((name) => !mentioned.includes(name) && !inherited.includes(name)), 'read but not named').to.deep.equal([]);
      });
    });
  }
});
