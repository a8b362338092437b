import type { Sign, Source, Stage, Stat } from '../../content/types.js';
import { cleanText, textOf } from '../light-dom.js';
import type { Parsed, Problem } from './problem.js';

/*
 * Lists partners write as an element's children, read as plain text (never as markup). Pure: they
 * read the element they are given and return values and problems; they change nothing.
 */

const none = <T>(problems: Problem[] = []): Parsed<T | null> => ({ value: null, problems });

/** The element's own `<ul>` or `<ol>` (`order` says which is looked for first). */
const childList = (host: Element, order = ':scope > ul, :scope > ol') => host.querySelector(order);

/** A problem in what the author wrote as children. */
export const authoredProblem = (name: string, value: unknown, consequence: string): Problem => ({ name, value, consequence, authored: true });

/** `<ul><li>…</li></ul>`: the items become the checklist's signs, each credited to `source`. */
export function parseAuthoredSigns(host: Element, source: Source): Parsed<Sign[] | null> {
  const list = childList(host);
  if (!list) return none();
  const texts = [...list.querySelectorAll(':scope > li')].map(textOf).filter(Boolean);
  if (texts.length > 0) return { value: texts.map((text, i) => ({ id: `custom-${i + 1}`, text, source })), problems: [] };
  return none([authoredProblem(`child <${list.localName}>`, list.textContent!.trim(), "has no items; using the pack's signs.")]);
}

/** `<ol><li><h3>Title</h3><p>Summary</p><p>Details…</p></li></ol>`: the timeline's stages. */
export function parseAuthoredStages(host: Element, source: Source): Parsed<Stage[] | null> {
  const list = childList(host, ':scope > ol, :scope > ul');
  if (!list) return none();
  const stages: Stage[] = [];
  const problems: Problem[] = [];
  for (const [i, item] of [...list.querySelectorAll(':scope > li')].entries()) {
    const title = textOf(item.querySelector('h1, h2, h3, h4, h5, h6'));
    if (!title) {
      problems.push(authoredProblem(`child <li> number ${i + 1}`, textOf(item), 'has no heading (<h3>) to use as its title; it is left out.'));
      continue;
    }
    const [summary = '', ...details] = [...item.querySelectorAll('p')].map(textOf).filter(Boolean);
    stages.push({ id: item.id || `step-${i + 1}`, title, summary, details, sources: [source] });
  }
  if (stages.length > 0) return { value: stages, problems };
  problems.push(authoredProblem(`child <${list.localName}>`, textOf(list), 'has no usable stages; showing the default path.'));
  return none(problems);
}

/**
 * A partner's source keeps its URL only when that resolves (against `base`) to https; anything
 * else (javascript:, data:, http:) is dropped with a problem and the title shows as plain text.
 */
export function httpsSource(title: string, url: string, name: string, base: string, problems: Problem[]): Source {
  if (!url.trim()) return { title, lang: '' };
  let resolved: URL | null = null;
  try {
    resolved = new URL(url.trim(), base);
  } catch {
    resolved = null;
  }
  if (resolved?.protocol === 'https:') return { title, url: resolved.href, lang: '' };
  problems.push(authoredProblem(name, url, 'is not an https link; the source is shown as text.'));
  return { title, lang: '' };
}

/** `<ul><li data-year="2024"><strong>1 in 3</strong> of our patients … <cite><a href="…">Report</a></cite></li></ul>` */
export function parseAuthoredStats(host: Element, base: string): Parsed<Stat[] | null> {
  const list = childList(host);
  if (!list) return none();
  const stats: Stat[] = [];
  const problems: Problem[] = [];
  for (const [i, item] of [...list.querySelectorAll(':scope > li')].entries()) {
    const name = `child <li> number ${i + 1}`;
    const figure = textOf(item.querySelector('strong, b'));
    // The label is the item's text without the figure and the citation.
    const rest = item.cloneNode(true) as Element;
    rest.querySelector('strong, b')?.remove();
    for (const cite of rest.querySelectorAll('cite')) cite.remove();
    const label = textOf(rest);
    if (!figure || !label) {
      const missing = figure ? 'no text besides the figure to say what it counts' : 'no figure in <strong> or <b>';
      problems.push(authoredProblem(name, textOf(item), `has ${missing}; it is left out.`));
      continue;
    }
    const cite = item.querySelector('cite');
    const url = cite?.querySelector('a[href]')?.getAttribute('href') ?? '';
    const title = textOf(cite) || url.trim();
    const source = title ? httpsSource(title, url, `${name} <cite> link href`, base, problems) : undefined;
    stats.push({ id: item.id || `partner-${i + 1}`, figure, label, year: cleanText(item.getAttribute('data-year')), source });
  }
  if (stats.length > 0) return { value: stats, problems };
  problems.push(authoredProblem(`child <${list.localName}>`, textOf(list), 'has no usable figures; showing the default figures.'));
  return none(problems);
}
