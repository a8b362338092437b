/**
 * The documented snippets and the snippet builder's snippets, pushed through what partners' platforms
 * run on a post: DOMPurify and sanitize-html (defaults, and the README's DOMPurify configuration),
 * and WordPress's own wp_kses_post (Debian's `wordpress` package, run by PHP), without and with the
 * README's wp_kses_allowed_html filter. What survives is rendered here: every widget of a snippet
 * must leave the reader a call link, as the widget or as its fallback.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import '../../src/index.js';
import { buildSnippet } from '../../demo/builder.js';
import { WIDGETS, type Updatable } from '../widgets.js';

/** A README as served, read synchronously: the tests below are made from its blocks. */
function readText(path: string): string {
  const request = new XMLHttpRequest();
  request.open('GET', path, false);
  request.send();
  if (request.status !== 200) throw new Error(`${path}: ${request.status}`);
  return request.responseText;
}
const readme = readText('/README.md');

/** The fenced block of `lang` that follows `heading` in the README and contains `marker`. */
function readmeBlock(lang: string, marker: string): string {
  const blocks = [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
  const block = blocks.find((text) => text.includes(marker));
  if (!block) throw new Error(`README has no \`\`\`${lang} block with ${marker}`);
  return block;
}

/** A post body: a snippet without its <script> tags (they belong in the page's <head>). */
const body = (snippet: string) => snippet.replace(/<script\b[^>]*>\s*<\/script>/g, '').replace(/<!--[\s\S]*?-->/g, '');

/** Every ```html block of a widget's README, as one post. */
const widgetReadme = (tag: string) => {
  const text = readText(`/src/components/${tag.replace(/^rw-/, '')}/README.md`);
  return [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => body(m[1])).join('\n');
};

const SNIPPETS: [string, string][] = [
  ...WIDGETS.map(({ tag }): [string, string] => [`${tag} README`, widgetReadme(tag)]),
  ['README, a plain HTML site', body(readmeBlock('html', '<rw-help-banner phone='))],
  [
    'snippet builder, all seven widgets',
    body(
      buildSnippet({
        widgets: WIDGETS.map(({ tag }) => tag),
        phone: { e164: '+15550102000', display: '(555) 010-2000' },
        scriptUrl: 'https://cdn.example/recovery-widgets/0.2.0/recovery-widgets.js',
        lang: 'en',
      }),
    ),
  ],
];

const README_FILTER = readmeBlock('php', 'wp_kses_allowed_html');
const README_DOMPURIFY = readmeBlock('js', 'CUSTOM_ELEMENT_HANDLING');

type Sanitizer = (html: string) => Promise<string>;
const SANITIZERS: [string, Sanitizer][] = [
  ['DOMPurify (defaults)', async (html) => String(DOMPurify.sanitize(html))],
  [
    'DOMPurify (README configuration)',
    async (html) => {
      // The README's block is `const RW_PURIFY = {…};`; run it as written and use what it defines.
      const config = new Function(`${README_DOMPURIFY}; return RW_PURIFY;`)();
      return String(DOMPurify.sanitize(html, config));
    },
  ],
  ['sanitize-html (defaults)', async (html) => executeServerCommand<string, unknown>('sanitize-html', { html })],
  ['wp_kses_post, no filter', async (html) => (await executeServerCommand<{ kept: string }, unknown>('wp-kses-post', { html })).kept],
  ['wp_kses_post, README filter', async (html) => (await executeServerCommand<{ kept: string }, unknown>('wp-kses-post', { html, filter: README_FILTER })).kept],
];

const TAGS = WIDGETS.map(({ tag }) => tag);

/** Call links a reader can use in `container`: the widgets' own, and fallback links left in the post. */
function callLinksPerWidget(container: HTMLElement, widgetCount: number) {
  const widgets = [...container.querySelectorAll(TAGS.join(','))];
  const fallback = [...container.querySelectorAll('a[href^="tel:"]')].filter((a) => !a.closest(TAGS.join(',')));
  const rendered = widgets.filter((el) => el.shadowRoot?.querySelector('a[href^="tel:"]'));
  return { widgets: widgets.length, rendered: rendered.length, fallback: fallback.length, reachable: rendered.length + fallback.length >= widgetCount };
}

const kept: string[] = [];

describe('sanitizer round trips: documented and builder snippets', function () {
  this.timeout(20000);
  after(() => kept.forEach((line) => console.log(`[sanitizers] ${line}`)));

  for (const [snippetName, snippet] of SNIPPETS) {
    const widgetCount = (snippet.match(/<rw-[a-z-]+/g) ?? []).length;
    for (const [sanitizerName, sanitize] of SANITIZERS) {
      it(`${snippetName} through ${sanitizerName}: every widget leaves a call link`, async () => {
        const clean = await sanitize(snippet);
        const container = document.createElement('div');
        container.innerHTML = clean;
        document.body.append(container);
        try {
          for (const el of container.querySelectorAll<Updatable>(TAGS.join(','))) await el.updateComplete;
          const result = callLinksPerWidget(container, widgetCount);
          const attributes = [...container.querySelectorAll(TAGS.join(','))].flatMap((el) => el.getAttributeNames());
          kept.push(`${snippetName} | ${sanitizerName}: ${result.widgets}/${widgetCount} elements kept (${[...new Set(attributes)].join(' ') || 'no attributes'}), ${result.fallback} fallback links`);
          expect(result.reachable, `call links: ${JSON.stringify(result)}`).to.equal(true);
          if (sanitizerName.includes('README')) {
            expect(result.widgets, 'the README configuration keeps every element').to.equal(widgetCount);
            expect(result.rendered).to.equal(widgetCount);
            const original = document.createElement('div');
            original.innerHTML = snippet;
            const originalAttributes = [...original.querySelectorAll(TAGS.join(','))].map((el) => el.getAttributeNames().sort().join(' '));
            const keptAttributes = [...container.querySelectorAll(TAGS.join(','))].map((el) => el.getAttributeNames().sort().join(' '));
            expect(keptAttributes, 'and their attributes').to.deep.equal(originalAttributes);
          }
        } finally {
          container.remove();
        }
      });
    }
  }

  it('WordPress is the Debian package\'s, and kses keeps sms: links (sanitize-html does not)', async () => {
    const { kept: wp, version } = await executeServerCommand<{ kept: string; version: string }, unknown>('wp-kses-post', { html: '<a href="sms:988">Text 988</a>' });
    const sh = await executeServerCommand<string, unknown>('sanitize-html', { html: '<a href="sms:988">Text 988</a>' });
    kept.push(`WordPress ${version}; sms: link through kses: ${wp}; through sanitize-html: ${sh}`);
    expect(version).to.match(/^\d+\.\d+/);
    expect(wp).to.contain('href="sms:988"');
    expect(sh).not.to.contain('sms:');
  });

  it('every sanitizer removes <meta name="rw-phone"> and the stat cards\' JSON script from a post; the partner heading then warns', async () => {
    const post = `<meta name="rw-phone" content="(555) 010-2000"><rw-stat-cards heading="Our patients in 2024"><script type="application/json">[{"figure":"1 in 3","label":"of our patients"}]</script><p><a href="tel:+15550102000">Call (555) 010-2000</a></p></rw-stat-cards>`;
    for (const [name, sanitize] of SANITIZERS.filter(([n]) => !n.includes('README'))) {
      const clean = await sanitize(post);
      expect(clean, name).not.to.contain('rw-phone');
      expect(clean, name).not.to.contain('application/json');
    }
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const container = document.createElement('div');
    container.innerHTML = (await SANITIZERS[4][1](post));
    document.body.append(container);
    try {
      const cards = container.querySelector('rw-stat-cards') as Updatable;
      await cards.updateComplete;
      expect(warnings.filter((w) => w.includes('<rw-stat-cards> heading="Our patients in 2024"')), warnings.join('\n')).to.have.length(1);
    } finally {
      console.warn = original;
      container.remove();
    }
  });

  it('a partner\'s figures as the documented child list survive every default sanitizer', async () => {
    const post = `<rw-stat-cards heading="Our patients in 2024"><ul><li data-year="2024"><strong>1 in 3</strong> of our patients came for benzodiazepines</li></ul><p><a href="tel:+15550102000">Call (555) 010-2000</a></p></rw-stat-cards>`;
    for (const [name, sanitize] of SANITIZERS.filter(([n]) => n.includes('README'))) {
      const container = document.createElement('div');
      container.innerHTML = await sanitize(post);
      document.body.append(container);
      try {
        const cards = container.querySelector('rw-stat-cards') as Updatable;
        await cards.updateComplete;
        const figures = [...cards.shadowRoot!.querySelectorAll('[part~="figure"]')].map((f) => f.textContent!.trim());
        expect(figures, name).to.deep.equal(['1 in 3']);
      } finally {
        container.remove();
      }
    }
    for (const [name, sanitize] of SANITIZERS.filter(([n]) => !n.includes('README'))) {
      expect(await sanitize(post), name).to.contain('<strong>1 in 3</strong>');
    }
  });
});
