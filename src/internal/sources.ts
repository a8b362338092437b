import { html } from 'lit';
import type { Source } from '../content/types.js';

/** A source as a link when it has a URL (always https: in our packs), else as plain text. */
export const sourceLink = (source: Source) => (source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title);

/** A numbered list of sources. */
export const sourceList = (sources: Source[]) => html`<ol>${sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ol>`;
