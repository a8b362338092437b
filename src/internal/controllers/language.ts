import { html, nothing, type ReactiveElement } from 'lit';
import type { PageReader } from './page-reader.js';
import { common, type UiStrings } from '../../content/locales/en.js';
import { commonPart } from '../../content/locales/index.js';
import { langOf, shownLanguage, uiText } from '../i18n.js';

/**
 * The language a widget shows: the element's `lang`, else the nearest ancestor's (across shadow
 * roots), else `<html lang>`, when the kit has it (English, Spanish); otherwise English. Read before
 * every update in the browser; a `lang` change anywhere above the element requests one.
 */
export class LanguageController implements PageReader {
  /** The page's language where the element is (`langOf`), '' when none is set. */
  inherited = '';
  /** The language shown. */
  shown = 'en';
  /** True in an update where `shown` changed (and in the first). */
  changed = true;
  /** The UI strings every widget shows, in the shown language. */
  common: UiStrings['common'] = common;
  /** A `lang` attribute changed on the page, or in a shadow root holding the element. */
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const { host } = this;
    this.observer ??= new MutationObserver(() => {
      if (host.hasUpdated && langOf(host) !== this.inherited) host.requestUpdate();
    });
    const lang = { subtree: true, attributeFilter: ['lang'] };
    this.observer.observe(host.ownerDocument.documentElement, lang);
    for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      this.observer.observe(root, lang);
    }
    // Back on the page, perhaps elsewhere: every controller reads the page again there (its
    // language, its help line, its colours; one moved before DOMContentLoaded has had no check yet).
    if (host.hasUpdated) host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  read(): void {
    this.inherited = langOf(this.host);
    const shown = shownLanguage(this.inherited);
    this.changed = shown !== this.shown || !this.host.hasUpdated;
    this.shown = shown;
    if (this.changed) this.common = uiText(commonPart, shown);
  }

  /** `content`, marked with the shown language where the page's differs (WCAG 3.1.2). */
  mark(content: unknown): unknown {
    return html`<div class="lang" lang=${this.inherited === this.shown ? nothing : this.shown}>${content}</div>`;
  }
}
