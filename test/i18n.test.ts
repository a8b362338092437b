import { expect, fixture, html } from '@open-wc/testing';
import {
  checklistPart,
  commonPart,
  dependenceCyclePart,
  en,
  helpBannerPart,
  statCardsPart,
  substanceFactsPart,
  supportTipsPart,
  timelinePart,
  uiTranslations,
} from '../src/content/locales/index.js';
import { langOf, shownLanguage, translate, uiText, type TranslationReport } from '../src/internal/i18n.js';

describe('langOf', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('uses the element\'s own lang, else the nearest ancestor\'s, else <html lang>', async () => {
    document.documentElement.lang = 'fr-CA';
    const root = await fixture<HTMLElement>(html`<div lang="es-MX"><p><span></span></p><i lang="EN"></i></div>`);
    expect(langOf(root.querySelector('span')!)).to.equal('es');
    expect(langOf(root.querySelector('i')!)).to.equal('en');
    const loose = document.createElement('b');
    document.body.append(loose);
    expect(langOf(loose)).to.equal('fr');
    loose.remove();
  });

  it('crosses shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('es');
  });

  it('shows English for a language the kit does not have', () => {
    expect(shownLanguage('es')).to.equal('es');
    expect(shownLanguage('de')).to.equal('en');
    expect(shownLanguage('')).to.equal('en');
  });
});

describe('translate', () => {
  const english = {
    id: 'x',
    title: 'Title',
    empty: '',
    greet: (name: string) => `Hello ${name}`,
    items: [
      { id: 'a', text: 'A', sources: [{ title: 'Source' }] },
      { id: 'b', text: 'B', sources: [{ title: 'Source' }] },
    ],
    details: ['One.', 'Two.'],
  };

  it('replaces text, matches items by id, keeps ids and sources, and reports what is left in English', () => {
    const report: TranslationReport = { missing: [], unknown: [] };
    const result = translate(
      english,
      { title: 'Título', greet: (name: string) => `Hola ${name}`, items: { a: { text: 'A es' }, z: { text: '?' } }, details: ['Uno.', 'Dos.'] },
      report,
    );
    expect(result.title).to.equal('Título');
    expect(result.greet('Ana')).to.equal('Hola Ana');
    expect(result.items.map((item) => item.text)).to.deep.equal(['A es', 'B']);
    expect(result.items[0].sources).to.equal(english.items[0].sources);
    expect(result.id).to.equal('x');
    expect(result.details).to.deep.equal(['Uno.', 'Dos.']);
    // An empty English string has nothing to translate.
    expect(report.missing).to.deep.equal(['items.b']);
    expect(report.unknown).to.deep.equal(['items.z']);
  });

  it('keeps English where the translation has the wrong kind of value', () => {
    const report: TranslationReport = { missing: [], unknown: [] };
    const result = translate(english, { title: 3, greet: 'not a function', details: ['Uno.'] }, report);
    expect(result.title).to.equal('Title');
    expect(result.greet('Ana')).to.equal('Hello Ana');
    expect(result.details).to.deep.equal(['One.', 'Two.']);
    expect(report.missing).to.include.members(['title', 'greet', 'details']);
  });

  it('keeps English for a half pair: both audiences need their wording', () => {
    const report: TranslationReport = { missing: [], unknown: [] };
    const result = translate({ text: 'Headaches' as string | { self: string; lovedOne: string } }, { text: { self: 'Le duele' } }, report);
    expect(result.text).to.equal('Headaches');
    expect(report.missing).to.deep.equal(['text']);
  });

  it('lets one English string become two wordings, one per audience', () => {
    const result = translate({ text: 'Headaches' as string | { self: string; lovedOne: string } }, { text: { self: 'Le duele', lovedOne: 'Le duele a él' } });
    expect(result.text).to.deep.equal({ self: 'Le duele', lovedOne: 'Le duele a él' });
  });
});

describe('UI strings by part', () => {
  it('each widget part is that widget\'s English and its translation in every language', () => {
    const parts = [commonPart, helpBannerPart, checklistPart, timelinePart, substanceFactsPart, dependenceCyclePart, supportTipsPart, statCardsPart];
    expect(parts.map((part) => part.key)).to.deep.equal(Object.keys(en));
    for (const part of parts) {
      expect(part.en === en[part.key], `${part.key}: English`).to.equal(true);
      expect(Object.keys(part.translations), `${part.key}: languages`).to.deep.equal(Object.keys(uiTranslations));
      for (const [language, translation] of Object.entries(uiTranslations)) {
        expect(part.translations[language] === translation[part.key], `${part.key}: ${language}`).to.equal(true);
      }
    }
  });

  it('uiText reads one part in the shown language, English where a string is missing', () => {
    expect(uiText(helpBannerPart, 'es').heading).to.equal('Busque ayuda ahora');
    expect(uiText(helpBannerPart, 'en').heading).to.equal('Get help now');
    expect(uiText(helpBannerPart, 'de').heading).to.equal('Get help now');
  });
});
