import type { Source, Stat } from '../../content/types.js';
import { cleanText } from '../light-dom.js';
import { authoredProblem, httpsSource, parseAuthoredStats } from './authored-lists.js';
import type { Parsed, Problem } from './problem.js';

/*
 * The stat cards' partner figures: a child `<script type="application/json">`, else a child list.
 * Pure: reads the element it is given, returns the figures and the problems.
 */

const JSON_CHILD = 'child <script type="application/json">';

/** A partner's figure or year may be written as a JSON number (`2024`); anything else is not text. */
const jsonText = (value: unknown): string | null =>
  typeof value === 'string' ? cleanText(value) : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `"source": {"title": "Annual report", "url": "https://…"}`, or just a title as a string. */
function jsonSource(value: unknown, name: string, base: string, problems: Problem[]): Source | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return cleanText(value) ? { title: cleanText(value), lang: '' } : undefined;
  const record = asRecord(value);
  const url = typeof record.url === 'string' ? record.url.trim() : '';
  const title = typeof record.title === 'string' ? cleanText(record.title) : '';
  if (!title && !url) {
    problems.push(authoredProblem(`${name} "source"`, JSON.stringify(value), 'has no "title" or "url"; the card says "Source not given".'));
    return undefined;
  }
  return httpsSource(title || url, url, `${name} "source" "url"`, base, problems);
}

function jsonStat(entry: unknown, i: number, base: string, problems: Problem[]): Stat | null {
  const name = `${JSON_CHILD} entry ${i + 1}`;
  const record = asRecord(entry);
  const figure = jsonText(record.figure);
  const label = typeof record.label === 'string' ? cleanText(record.label) : '';
  if (!figure || !label) {
    problems.push(authoredProblem(name, JSON.stringify(entry) ?? String(entry), 'needs a "figure" and a "label" as text; it is left out.'));
    return null;
  }
  const year = record.year == null ? '' : jsonText(record.year);
  if (year == null) problems.push(authoredProblem(`${name} "year"`, JSON.stringify(record.year), 'is not text; the card shows no year.'));
  return { id: `partner-${i + 1}`, figure, label, year: year ?? '', source: jsonSource(record.source, name, base, problems) };
}

/**
 * `<script type="application/json">[{"figure": "1 in 3", "label": "…", "year": "2024", "source": {…}}]</script>`.
 * `failure` says why a script that is there gives no figures (its problem waits for the fallback).
 */
export function parseStatJson(host: Element, base: string): Parsed<Stat[] | null> & { failure?: { value: string; reason: string } } {
  const script = host.querySelector(':scope > script[type="application/json" i]');
  if (!script) return { value: null, problems: [] };
  const raw = script.textContent ?? '';
  let given: unknown;
  try {
    given = JSON.parse(raw);
  } catch {
    return { value: null, problems: [], failure: { value: raw, reason: 'is not valid JSON' } };
  }
  if (!Array.isArray(given)) {
    const reason = 'is not a JSON array of figures such as [{"figure": "1 in 3", "label": "…"}]';
    return { value: null, problems: [], failure: { value: raw, reason } };
  }
  const problems: Problem[] = [];
  const stats = given.map((entry, i) => jsonStat(entry, i, base, problems)).filter((stat): stat is Stat => stat !== null);
  if (stats.length > 0) return { value: stats, problems };
  return { value: null, problems, failure: { value: raw, reason: 'has no usable figures' } };
}

/** The partner's figures: the child JSON script wins; when it gives none, the child list; else null (the pack's). */
export function parsePartnerStats(host: Element, base: string): Parsed<Stat[] | null> {
  const json = parseStatJson(host, base);
  if (json.value) return json;
  const list = parseAuthoredStats(host, base);
  const problems = [...json.problems, ...list.problems];
  if (json.failure) {
    const { value, reason } = json.failure;
    const fallback = list.value ? 'showing the child list instead.' : 'showing the default figures.';
    problems.push({ name: JSON_CHILD, value, consequence: `${reason}; ${fallback}` });
  }
  return { value: list.value, problems };
}
