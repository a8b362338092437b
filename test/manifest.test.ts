/**
 * The built custom elements manifest (dist/custom-elements.json) and the VS Code data made from it,
 * checked against what the elements actually do in the browser: the attributes they observe, the
 * values they accept, the parts they render, the events they fire and the custom properties their
 * styles read. So the documentation cannot drift from the code. `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { PACK_IDS } from '../src/content/packs/ids.js';
import { WIDGET_TAGS as TAGS } from '../src/internal/widgets.js';
import { captureWarnings, preventNavigation } from './page-guards.js';
import type { Updatable } from './widgets.js';

interface Entry {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}
interface Declaration {
  name: string;
  description?: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
  slots?: Entry[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}
interface VsCodeData {
  version: number;
  tags: {
    name: string;
    description: { value: string };
    attributes: { name: string; description: { value: string }; values?: { name: string }[]; valueSet?: string }[];
  }[];
}

/**
 * Every enumerated attribute and the values its element accepts, written out by hand from the
 * widgets' sources (not read from the manifest's types, so a mistake in the build's parsing shows).
 * Every widget has `theme` and `substance`; the packs are the kit's own list.
 */
const ENUMERATED: Record<string, Record<string, readonly string[]>> = {
  'rw-help-banner': { variant: ['inline', 'sticky'] },
  'rw-symptom-checklist': { mode: ['signs', 'cage-aid'], audience: ['self', 'loved-one'] },
  'rw-treatment-timeline': { preset: ['program', 'outpatient-taper'] },
};
const enumerated = (tag: string): Record<string, readonly string[]> => ({
  theme: ['light', 'dark', 'auto'],
  substance: PACK_IDS,
  ...ENUMERATED[tag],
});

/** Markup that shows every part a widget has (with the reader's clicks, see `exercise`). */
const MARKUP: Record<string, string> = {
  'rw-help-banner': '<rw-help-banner sms="555-010-2000" hours="Open 24/7" dismissible></rw-help-banner>',
  // The opioid family shows every part: the risk questions, the overdose card's steps, the
  // timeline's note, the stat cards' definitions and note.
  'rw-symptom-checklist': '<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>',
  'rw-treatment-timeline': '<rw-treatment-timeline current="2" substance="opioids"></rw-treatment-timeline>',
  'rw-stat-cards': '<rw-stat-cards substance="opioids"></rw-stat-cards>',
};

const names = (entries: Entry[] = []) => entries.map((entry) => entry.name).sort();
const undescribed = (entries: Entry[] = []) => entries.filter((entry) => !entry.description?.trim()).map((entry) => entry.name);

async function place(markup: string): Promise<Updatable> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  const element = holder.firstElementChild as Updatable;
  await element.updateComplete;
  return element;
}

/**
 * Renders the widget, then activates every link, then every other control, as a reader might.
 * Returns every part name it rendered on the way and every `rw-*` event it fired.
 */
async function exercise(tag: string): Promise<{ parts: Set<string>; events: Set<string> }> {
  const element = await place(MARKUP[tag] ?? `<${tag}></${tag}>`);
  const events = new Set<string>();
  const dispatch = element.dispatchEvent.bind(element);
  element.dispatchEvent = (event: Event) => {
    if (event.type.startsWith('rw-')) events.add(event.type);
    return dispatch(event);
  };
  const parts = new Set<string>();
  const collect = () =>
    element.shadowRoot!.querySelectorAll('[part]').forEach((node) => {
      node.getAttribute('part')!.split(/\s+/).forEach((part) => parts.add(part));
    });
  collect();
  for (const selector of ['a', 'input, button, summary']) {
    for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>(selector)) {
      control.click();
      await element.updateComplete;
      collect();
    }
  }
  element.parentElement!.remove();
  return { parts, events };
}

/** Every `--rw-*` custom property that the element's styles read. */
function propertiesRead(tag: string): Set<string> {
  const styles = (customElements.get(tag) as unknown as { elementStyles: (CSSStyleSheet | { cssText: string })[] }).elementStyles;
  const text = styles
    .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
    .join('\n');
  return new Set([...text.matchAll(/var\(\s*(--rw-[\w-]+)/g)].map((match) => match[1]));
}

describe('custom-elements.json', () => {
  let manifest: Manifest;
  let elements: Map<string, Declaration>;

  before(async () => {
    window.addEventListener('click', preventNavigation);
    manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    elements = new Map(declarations.filter((d) => d.customElement).map((d) => [d.tagName!, d]));
  });
  after(() => window.removeEventListener('click', preventNavigation));

  it('lists the seven widgets, and nothing else, each with a description', () => {
    expect([...elements.keys()].sort()).to.deep.equal([...TAGS].sort());
    for (const [tag, element] of elements) expect(element.description?.trim(), tag).to.match(/\w/);
  });

  it('lists its modules in order of path, so that every build writes the same file', () => {
    const paths = manifest.modules.map((module) => module.path);
    expect(paths).to.deep.equal([...paths].sort());
  });

  it('names the module that registers each tag (the per-widget entry)', () => {
    for (const tag of TAGS) {
      const entry = manifest.modules.find((module) => module.path === `dist/esm/${tag.replace('rw-', '')}.js`);
      expect(entry?.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag), tag).to.equal(true);
    }
  });

  it('documents, across the widgets, every --rw-* custom property the styles read', () => {
    const documented = new Set([...elements.values()].flatMap((element) => names(element.cssProperties)));
    const read = new Set(TAGS.flatMap((tag) => [...propertiesRead(tag)]));
    expect([...read].filter((property) => !documented.has(property))).to.deep.equal([]);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const element = () => elements.get(tag)!;

      it('lists exactly the attributes the element observes, each described', () => {
        const observed = [...(customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes];
        expect(names(element().attributes)).to.deep.equal(observed.sort());
        expect(undescribed(element().attributes)).to.deep.equal([]);
      });

      it('lists only public properties, each described', () => {
        const members = element().members ?? [];
        expect(members.filter((member) => member.privacy || member.static).map((member) => member.name)).to.deep.equal([]);
        expect(undescribed(members)).to.deep.equal([]);
        // Every attribute has its property.
        const fields = names(members);
        expect((element().attributes ?? []).map((a) => a.fieldName).filter((field) => !fields.includes(field!))).to.deep.equal([]);
      });

      it('types each enumerated attribute as exactly its values, and no other attribute as a set of values', () => {
        const expected = enumerated(tag);
        const attributes = element().attributes ?? [];
        expect(Object.keys(expected).filter((name) => !attributes.some((a) => a.name === name))).to.deep.equal([]);
        for (const attribute of attributes) {
          const values = expected[attribute.name];
          const text = attribute.type?.text ?? '';
          if (values) expect(text, attribute.name).to.equal([...values.map((value) => `'${value}'`), 'undefined'].join(' | '));
          else expect(/['"]/.test(text), `${attribute.name}: ${text}`).to.equal(false);
        }
      });

      it('accepts each value of each enumerated attribute without a warning, and warns for another', async () => {
        for (const [name, values] of Object.entries(enumerated(tag))) {
          for (const value of [...values, 'not-a-value']) {
            const warnings = captureWarnings();
            try {
              const widget = await place(`<${tag} ${name}="${value}"></${tag}>`);
              widget.parentElement!.remove();
            } finally {
              warnings.restore();
            }
            const expected = value === 'not-a-value' ? [`<${tag}> ${name}="not-a-value"`] : [];
            expect(warnings.messages.map((message) => /<rw-[\w-]+> [\w-]+="[^"]*"/.exec(message)?.[0]), `${name}="${value}"`).to.deep.equal(expected);
          }
        }
      });

      it('lists exactly the parts it renders, and the events it fires, each described', async () => {
        const { parts, events } = await exercise(tag);
        expect(names(element().cssParts)).to.deep.equal([...parts].sort());
        expect(undescribed(element().cssParts)).to.deep.equal([]);
        expect(names(element().events)).to.deep.equal([...events].sort());
        expect(undescribed(element().events)).to.deep.equal([]);
      });

      it('lists only custom properties its styles read, each described; and its authored children', () => {
        const read = propertiesRead(tag);
        const properties = names(element().cssProperties);
        expect(properties).to.include.members(['--rw-accent', '--rw-on-accent', '--rw-surface', '--rw-text', '--rw-radius', '--rw-space', '--rw-focus-ring']);
        expect(properties.filter((property) => !read.has(property))).to.deep.equal([]);
        expect(undescribed(element().cssProperties)).to.deep.equal([]);
        expect(element().slots?.length).to.equal(1);
        expect(element().slots![0].description).to.match(/\w/);
      });
    });
  }
});

describe('vscode.html-custom-data.json', () => {
  it('has every tag and attribute of the manifest, described, with the values of enumerated ones', async () => {
    const manifest: Manifest = await (await fetch('/dist/custom-elements.json')).json();
    const data: VsCodeData = await (await fetch('/dist/vscode.html-custom-data.json')).json();
    expect(data.version).to.equal(1.1);
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
    expect(data.tags.map((tag) => tag.name).sort()).to.deep.equal([...TAGS].sort());
    for (const declaration of declarations) {
      const tag = data.tags.find((t) => t.name === declaration.tagName)!;
      expect(tag.description.value, tag.name).to.contain(declaration.description);
      expect(tag.attributes.map((attribute) => attribute.name).sort(), tag.name).to.deep.equal(names(declaration.attributes));
      for (const attribute of declaration.attributes!) {
        const entry = tag.attributes.find((a) => a.name === attribute.name)!;
        const where = `${tag.name} ${attribute.name}`;
        expect(entry.description.value, where).to.equal(attribute.description);
        const values = enumerated(tag.name)[attribute.name];
        expect(entry.values?.map((value) => value.name) ?? null, where).to.deep.equal(values ? [...values] : null);
        expect(entry.valueSet === 'v', where).to.equal(attribute.type?.text === 'boolean');
      }
    }
  });
});
