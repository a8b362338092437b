import { html } from 'lit';
import type { Source } from '../content/types.js';

/** A source as a link when its URL is https:, else as plain text: no other scheme ever becomes a link. */
export const sourceLink = (source: Source) =>
  source.url?.startsWith('https://') ? html`<a href=${source.url}>${source.title}</a>` : source.title;

/** A numbered list of sources. */
export const sourceList = (sources: Source[]) => html`<ol>${sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ol>`;
