import { css, html, nothing } from 'lit';
import type { UiStrings } from '../content/locales/en.js';
import type { Source } from '../content/types.js';

/**
 * A source as a link when its URL is https:, else as plain text: no other scheme ever becomes a
 * link. Marked with the title's language (English unless said), so a Spanish widget's screen
 * reader reads an English title in English (WCAG 3.1.2).
 */
export function sourceLink(source: Source) {
  const lang = source.lang ?? 'en';
  return source.url?.startsWith('https://')
    ? html`<a href=${source.url} lang=${lang || nothing}>${source.title}</a>`
    : html`<span lang=${lang || nothing}>${source.title}</span>`;
}

/** The source of a list the partner wrote as children: their own site, in the page's language. */
export const partnerSource = (strings: UiStrings['common']): Source => ({ title: strings.providedBy(location.hostname), lang: '' });

/** A numbered list of sources. */
export const sourceList = (sources: Source[]) => html`<ol>${sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ol>`;

/** What makes two sources the same: title and address (one page may hold several cited parts). */
export const sourceKey = (source: Source) => `${source.title}\n${source.url ?? ''}`;

/** Every source of `items`, once each, in order of first appearance. */
export function collectSources(items: { sources?: Source[]; source?: Source }[]): Source[] {
  const all = items.flatMap((item) => item.sources ?? (item.source ? [item.source] : []));
  return [...new Map(all.map((source) => [sourceKey(source), source])).values()];
}

/** A closed disclosure holding the numbered source list. */
export const sourcesDisclosure = (summary: string, sources: Source[]) => html`
  <details part="sources" class="sources">
    <summary>${summary}</summary>
    ${sourceList(sources)}
  </details>
`;

/** The source disclosure's look, shared by every widget. */
export const sourcesStyles = css`
  /* inline-block keeps each link a 24px target; top alignment keeps the list number on the first
     line of its entry (on the baseline, a wrapped title would put it beside the last line). */
  .sources a {
    display: inline-block;
    vertical-align: top;
    min-height: max(24px, 1.5em);
    color: inherit;
  }

  .sources summary {
    min-height: max(24px, 1.5em);
    cursor: pointer;
  }
`;
