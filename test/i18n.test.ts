import { expect, fixture, html } from '@open-wc/testing';
import { langOf, pickLocale } from '../src/internal/i18n.js';

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

  it('pickLocale falls back when the language is not available', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    expect(pickLocale(el, { en: 'hello' }, 'en')).to.equal('hello');
  });
});
