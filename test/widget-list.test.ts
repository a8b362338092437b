/**
 * The kit's one list of widgets and languages (src/internal/widgets.ts), which the iframe page, the
 * snippet builder's tests and pack-check read: it must match what the kit really defines and shows.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { uiTranslations } from '../src/content/locales/index.js';
import { shownLanguage } from '../src/internal/i18n.js';
import { LANGUAGES, WIDGET_TAGS } from '../src/internal/widgets.js';
import { WIDGETS } from './widgets.js';

describe('WIDGET_TAGS', () => {
  it('names seven distinct rw-* tags, each defined by the kit (src/index.ts)', () => {
    expect(WIDGET_TAGS.length).to.equal(7);
    expect(new Set(WIDGET_TAGS).size).to.equal(7);
    for (const tag of WIDGET_TAGS) expect(customElements.get(tag) !== undefined, `${tag} is defined`).to.equal(true);
  });

  it('is the list the cross-cutting tests loop over (test/widgets.ts)', () => {
    expect(WIDGETS.map((widget) => widget.tag).sort()).to.deep.equal([...WIDGET_TAGS].sort());
  });
});

describe('LANGUAGES', () => {
  it('is English and every translation the kit has, so the iframe page cannot miss a new one', () => {
    expect(LANGUAGES).to.deep.equal(['en', ...Object.keys(uiTranslations)]);
  });

  it('are each shown by the widgets in that language', () => {
    for (const lang of LANGUAGES) expect(shownLanguage(lang)).to.equal(lang);
  });
});
