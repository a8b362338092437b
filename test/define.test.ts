import { expect } from '@open-wc/testing';
import { KIT_VERSION, defineElements } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings } from './page-guards.js';

let counter = 0;
const freshTag = () => `rw-define-test-${++counter}`;
const element = (version?: string) =>
  class extends HTMLElement {
    static [KIT_VERSION] = version;
  };

describe('defineElements', () => {
  it('defines a free tag', () => {
    const tag = freshTag();
    const Element = element(VERSION);
    defineElements({ [tag]: Element });
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('is silent and leaves the first class when the same kit version defines the tag again', () => {
    const tag = freshTag();
    const First = element(VERSION);
    const warnings = captureWarnings();
    try {
      defineElements({ [tag]: First });
      defineElements({ [tag]: element(VERSION) });
      defineElements({ [tag]: First });
      expect(customElements.get(tag)).to.equal(First);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns once, naming every clashing tag, when another version or script holds tags', () => {
    const [ours, theirs] = [freshTag(), freshTag()];
    customElements.define(ours, element('0.0.1'));
    customElements.define(theirs, class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      expect(() => defineElements({ [ours]: element(VERSION), [theirs]: element(VERSION) })).not.to.throw();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<${ours}> (defined by recovery-widgets 0.0.1)`);
      expect(warnings.messages[0]).to.contain(`<${theirs}> (defined by another script)`);
    } finally {
      warnings.restore();
    }
  });

  it('never throws, even when the class is already registered under another tag', () => {
    const Element = element(VERSION);
    customElements.define(freshTag(), Element);
    const warnings = captureWarnings();
    try {
      expect(() => defineElements({ [freshTag()]: Element })).not.to.throw();
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
