/**
 * The BUILT dist/embed.html in an <iframe>, as a partner on a platform that strips scripts would
 * paste it: what a reader sees in the frame, the height messages and the README's host script,
 * every bad parameter, colours, links, requests and axe. `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { WIDGET_TAGS } from '../../src/internal/widgets.js';

interface Problems {
  csp: string[];
  errors: string[];
  warnings: string[];
}

interface AxeResults {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}

interface AxeOptions {
  rules: Record<string, { enabled: boolean }>;
}

type EmbedWindow = Window &
  typeof globalThis & { __problems: Problems; axe?: { run: (context: Document, options: AxeOptions) => Promise<AxeResults> } };

interface Embed {
  frame: HTMLIFrameElement;
  doc: Document;
  win: EmbedWindow;
  /** The widget element in the frame. */
  widget: HTMLElement;
  problems: Problems;
}

const SEVEN = WIDGET_TAGS.map((tag) => tag.slice(3));
const DEFAULT_LINE = [{ name: 'Call (844) 318-7500', href: 'tel:+18443187500' }];
const PARTNER_LINE = [{ name: 'Call (555) 010-2000', href: 'tel:+15550102000' }];
const PREFIX = '[recovery-widgets] embed.html';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every message the test page (the host) receives, with its sender. */
const received: { source: MessageEventSource | null; origin: string; data: unknown }[] = [];
window.addEventListener('message', (event) => received.push({ source: event.source, origin: event.origin, data: event.data }));

/** The messages one frame sent. */
const sentBy = (frame: HTMLIFrameElement) => received.filter((m) => m.source === frame.contentWindow).map((m) => m.data);

/** Waits until `condition` holds (up to about 3 s); returns whether it did. */
async function until(condition: () => boolean): Promise<boolean> {
  for (let tries = 0; tries < 150; tries++) {
    if (condition()) return true;
    await sleep(20);
  }
  return condition();
}

/** Adds an iframe of `width`×`height` CSS px (no border) and waits for its load event. */
async function addFrame(src: string, { width = 400, height = 300, sandbox }: { width?: number; height?: number; sandbox?: string } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.title = 'Embedded widget';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Opens /dist/embed.html?`query` (same origin) and waits for its widget to render its heading. */
async function openEmbed(query: string, size: { width?: number; height?: number } = {}): Promise<Embed> {
  const frame = await addFrame(`/dist/embed.html${query ? `?${query}` : ''}`, size);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as EmbedWindow;
  const ready = await until(() => !!doc.body.firstElementChild?.shadowRoot?.querySelector('[part~="call"]'));
  expect(ready, `the widget of ?${query} rendered`).to.equal(true);
  const widget = doc.body.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await widget.updateComplete;
  await sleep(0);
  return { frame, doc, win, widget, problems: win.__problems };
}

/** The widget's call links: their text and targets. */
const callLinks = (widget: HTMLElement) =>
  [...widget.shadowRoot!.querySelectorAll('[part~="call"]')].map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href') }));

const heading = (widget: HTMLElement) => widget.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim();

/** The frame's content height, as the page measures it: rounded up to a whole CSS px. */
const contentHeight = (doc: Document) => Math.ceil(doc.documentElement.getBoundingClientRect().height);

/** The README's "Iframe" section: the snippet and the host script, exactly as partners copy them. */
async function readmeIframeSection(): Promise<{ snippet: string; hostScript: string }> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split('### Iframe (platforms that strip scripts)\n')[1].split(/\n## /)[0];
  const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
  const snippet = blocks.find((block) => block.includes('<iframe'))!;
  const script = blocks.find((block) => block.includes('<script>'))!;
  return { snippet, hostScript: script.replace(/<\/?script>/g, '') };
}

describe('dist/embed.html in an iframe', () => {
  let readme: { snippet: string; hostScript: string };

  before(async () => {
    await executeServerCommand('record-page-problems');
    readme = await readmeIframeSection();
    // The host script, run in this page as a partner's page would run it.
    const script = document.createElement('script');
    script.textContent = readme.hostScript;
    document.head.append(script);
  });

  afterEach(async () => {
    document.querySelectorAll('iframe, .host').forEach((node) => node.remove());
    document.documentElement.style.colorScheme = '';
    // '' clears the emulated preference.
    await emulateMedia({ colorScheme: '' as 'light' });
  });

  describe('what a reader sees', () => {
    it('widget=help-banner&phone=555-010-2000: the banner calls that number, titled in English, with no warning and no other request', async () => {
      const { doc, win, widget, problems } = await openEmbed('widget=help-banner&phone=555-010-2000');
      expect(widget.localName).to.equal('rw-help-banner');
      expect(callLinks(widget)).to.deep.equal(PARTNER_LINE);
      expect(doc.title).to.equal('Get help now');
      expect(doc.documentElement.lang).to.equal('en');
      expect(problems).to.deep.equal({ csp: [], errors: [], warnings: [] });
      // The test server adds its own script to every HTML page it serves; a CDN does not.
      const requests = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => !path.startsWith('/__web-dev-server'));
      expect(requests).to.deep.equal(['/dist/recovery-widgets.js', '/dist/embed.js']);
    });

    for (const name of SEVEN) {
      it(`widget=${name} renders <rw-${name}> with the help line, titled by its heading`, async () => {
        const { doc, widget, problems } = await openEmbed(`widget=${name}`);
        expect(widget.localName).to.equal(`rw-${name}`);
        expect(callLinks(widget)[0]).to.deep.equal(DEFAULT_LINE[0]);
        expect(heading(widget)).to.match(/\w/);
        expect(doc.title).to.equal(heading(widget));
        expect(problems).to.deep.equal({ csp: [], errors: [], warnings: [] });
      });
    }

    it('lang=es: the page is in Spanish, title and call link included', async () => {
      const { doc, widget, problems } = await openEmbed('widget=help-banner&lang=es');
      expect(doc.documentElement.lang).to.equal('es');
      expect(doc.title).to.equal('Busque ayuda ahora');
      expect(callLinks(widget)).to.deep.equal([{ name: 'Llame al (844) 318-7500', href: 'tel:+18443187500' }]);
      expect(problems.warnings).to.deep.equal([]);
    });

    it('lang=es-MX is kept as written', async () => {
      const { doc } = await openEmbed('widget=support-tips&lang=es-MX');
      expect(doc.documentElement.lang).to.equal('es-MX');
      expect(doc.title).to.equal('Cómo ayudar a un amigo o a un ser querido');
    });

    it('attributes pass through: heading, hours, mode, current', async () => {
      const banner = await openEmbed('widget=help-banner&heading=Talk%20to%20us&hours=Open%2024%2F7');
      expect(heading(banner.widget)).to.equal('Talk to us');
      expect(banner.doc.title).to.equal('Talk to us');
      expect(banner.widget.shadowRoot!.querySelector('[part~="hours"]')!.textContent).to.equal('Open 24/7');
      const checklist = await openEmbed('widget=symptom-checklist&mode=cage-aid');
      expect(checklist.widget.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.equal(8);
      const timeline = await openEmbed('widget=treatment-timeline&current=detox');
      expect(timeline.widget.shadowRoot!.querySelectorAll('[aria-current="step"]').length).to.equal(1);
      for (const { problems } of [banner, checklist, timeline]) expect(problems.warnings).to.deep.equal([]);
    });

    it('an on/off attribute is on when written bare or as =true', async () => {
      for (const query of ['widget=help-banner&dismissible', 'widget=help-banner&dismissible=true']) {
        const { widget, problems } = await openEmbed(query);
        const close = widget.shadowRoot!.querySelector('[part~="dismiss"]');
        expect(close?.getAttribute('aria-label'), query).to.equal('Close help banner');
        expect(problems.warnings).to.deep.equal([]);
      }
    });

    it('a frame that may not run scripts still shows the help line', async () => {
      const frame = await addFrame('/dist/embed.html?widget=help-banner', { sandbox: 'allow-same-origin' });
      const link = frame.contentDocument!.querySelector('a')!;
      expect({ name: link.textContent, href: link.getAttribute('href') }).to.deep.equal(DEFAULT_LINE[0]);
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('axe finds no violation inside the frame, for each widget, in English and Spanish', async () => {
      for (const query of [...SEVEN.map((name) => `widget=${name}`), 'widget=help-banner&lang=es&dismissible', 'widget=symptom-checklist&lang=es']) {
        const { doc, win } = await openEmbed(query);
        const axe = doc.createElement('script');
        const loaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
        axe.src = '/node_modules/axe-core/axe.min.js';
        doc.head.append(axe);
        await loaded;
        // Two page-level best practices do not fit a page that is one part of the host's page: its
        // heading is an h2 in the host's outline, and a second <main> would duplicate the host's.
        const rules = { 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } };
        const { violations } = await win.axe!.run(doc, { rules });
        expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), query).to.deep.equal([]);
        document.querySelectorAll('iframe').forEach((node) => node.remove());
      }
    }).timeout(30000);
  });

  describe('bad parameters warn and show the safe default', () => {
    const warningsOf = async (query: string) => {
      const { widget, problems } = await openEmbed(query);
      return { widget, warnings: problems.warnings, csp: problems.csp, errors: problems.errors };
    };

    it('an unknown widget shows the help banner', async () => {
      const { widget, warnings } = await warningsOf('widget=calendar&phone=555-010-2000');
      expect(widget.localName).to.equal('rw-help-banner');
      expect(callLinks(widget)).to.deep.equal(PARTNER_LINE);
      expect(warnings).to.deep.equal([
        `${PREFIX} widget="calendar" is not one of ${SEVEN.join(', ')}; showing help-banner.`,
      ]);
    });

    it('a missing or empty widget shows the help banner', async () => {
      const missing = await warningsOf('');
      expect(missing.widget.localName).to.equal('rw-help-banner');
      expect(callLinks(missing.widget)).to.deep.equal(DEFAULT_LINE);
      expect(missing.warnings).to.deep.equal([`${PREFIX} widget is missing; showing help-banner.`]);
      const empty = await warningsOf('widget=');
      expect(empty.widget.localName).to.equal('rw-help-banner');
      expect(empty.warnings).to.deep.equal([`${PREFIX} widget="" is not one of ${SEVEN.join(', ')}; showing help-banner.`]);
    });

    it('a bad phone gets the widget\'s own warning, and the default line', async () => {
      const { widget, warnings } = await warningsOf('widget=help-banner&phone=javascript%3Aalert(1)');
      expect(callLinks(widget)).to.deep.equal(DEFAULT_LINE);
      expect(warnings).to.deep.equal([
        '[recovery-widgets] <rw-help-banner> phone="javascript:alert(1)" is not a dialable US phone number; it is ignored.',
      ]);
    });

    it('a bad value for another attribute gets the widget\'s own warning and default (mode, theme)', async () => {
      const checklist = await warningsOf('widget=symptom-checklist&mode=quiz');
      expect(checklist.widget.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.equal(0);
      expect(checklist.warnings).to.have.length(1);
      expect(checklist.warnings[0]).to.match(/^\[recovery-widgets\] <rw-symptom-checklist> mode="quiz" is not one of /);
      const themed = await openEmbed('widget=help-banner&theme=blue');
      expect(themed.problems.warnings).to.deep.equal([
        '[recovery-widgets] <rw-help-banner> theme="blue" is not one of light, dark, auto; using the page\'s colours.',
      ]);
      expect(themed.doc.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).to.equal('light dark');
    });

    it('parameters that are not attributes of the widget are named and ignored', async () => {
      const { widget, warnings } = await warningsOf('widget=help-banner&mode=cage-aid&Phone=555-010-2000&onclick=alert(1)');
      expect(callLinks(widget)).to.deep.equal(DEFAULT_LINE);
      expect(widget.hasAttribute('onclick')).to.equal(false);
      expect(warnings).to.deep.equal([
        `${PREFIX} <rw-help-banner> mode="cage-aid" is not an attribute of this widget; it is ignored.`,
        `${PREFIX} <rw-help-banner> Phone="555-010-2000" is not an attribute of this widget; it is ignored.`,
        `${PREFIX} <rw-help-banner> onclick="alert(1)" is not an attribute of this widget; it is ignored.`,
      ]);
    });

    it('an empty value is named and ignored: phone=, heading=%20', async () => {
      const { widget, warnings } = await warningsOf('widget=help-banner&phone=&heading=%20');
      expect(callLinks(widget)).to.deep.equal(DEFAULT_LINE);
      expect(heading(widget)).to.equal('Get help now');
      expect(warnings).to.deep.equal([
        `${PREFIX} <rw-help-banner> phone="" is empty; it is ignored.`,
        `${PREFIX} <rw-help-banner> heading=" " is empty; it is ignored.`,
      ]);
    });

    it('a repeated parameter keeps its first value, and the warning names the others', async () => {
      const { widget, warnings } = await warningsOf('widget=help-banner&phone=555-010-2000&phone=555-010-3000');
      expect(callLinks(widget)).to.deep.equal(PARTNER_LINE);
      expect(warnings).to.deep.equal([
        `${PREFIX} phone="555-010-2000" is given 2 times; using the first value and ignoring "555-010-3000".`,
      ]);
      const twice = await warningsOf('widget=stat-cards&widget=help-banner');
      expect(twice.widget.localName).to.equal('rw-stat-cards');
      expect(twice.warnings).to.deep.equal([
        `${PREFIX} widget="stat-cards" is given 2 times; using the first value and ignoring "help-banner".`,
      ]);
    });

    it('an on/off attribute with another value (dismissible=false) is left off', async () => {
      const { widget, warnings } = await warningsOf('widget=help-banner&dismissible=false');
      expect(!!widget.shadowRoot!.querySelector('[part~="dismiss"]'), 'a close button').to.equal(false);
      expect(warnings).to.deep.equal([
        `${PREFIX} <rw-help-banner> dismissible="false" is not on or off; it is left off. Write dismissible or dismissible=true to turn it on.`,
      ]);
    });

    it('a language the widgets do not show, or no language tag, leaves the page in English', async () => {
      const french = await openEmbed('widget=help-banner&lang=fr');
      expect(french.doc.documentElement.lang).to.equal('en');
      expect(french.doc.title).to.equal('Get help now');
      expect(french.problems.warnings).to.deep.equal([`${PREFIX} lang="fr" is not a language the widgets show (en, es); the page is in English.`]);
      const markup = await openEmbed('widget=help-banner&lang=%22%3E%3Cb%3E');
      expect(markup.doc.documentElement.lang).to.equal('en');
      expect(markup.problems.warnings).to.deep.equal([`${PREFIX} lang="\\"><b>" is not a language tag such as en or es-MX; the page is in English.`]);
      const empty = await openEmbed('widget=help-banner&lang=');
      expect(empty.doc.documentElement.lang).to.equal('en');
      expect(empty.problems.warnings).to.deep.equal([`${PREFIX} lang="" is not a language tag such as en or es-MX; the page is in English.`]);
    });

    it('a long hostile value is shortened in the warning and never rendered', async () => {
      const long = `<img src=x onerror=alert(1)>${'x'.repeat(200)}`;
      const { widget, warnings, errors, csp } = await warningsOf(`widget=help-banner&sms=${encodeURIComponent(long)}&heading=${encodeURIComponent(long)}`);
      expect(!!widget.shadowRoot!.querySelector('img'), 'an <img>').to.equal(false);
      expect(heading(widget)).to.equal(long);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<rw-help-banner> sms="<img src=x onerror=alert(1)>');
      expect(warnings[0]).to.contain('…"');
      expect(errors).to.deep.equal([]);
      expect(csp).to.deep.equal([]);
    });
  });

  describe('the height messages and the README host script', () => {
    it('the README snippet has a title, a height, and no loading="lazy"', () => {
      const holder = document.createElement('div');
      holder.innerHTML = readme.snippet;
      const frame = holder.querySelector('iframe')!;
      expect(frame.title).to.equal('Get help now – help line');
      expect(frame.getAttribute('height')).to.equal('300');
      expect(frame.hasAttribute('loading')).to.equal(false);
      expect(new URL(frame.src).searchParams.get('widget')).to.equal('help-banner');
    });

    for (const [width, keepStyle] of [[300, false], [320, true], [800, true]] as const) {
      it(`without the host script, the snippet's height shows the whole banner, help line first, ${width} px wide${keepStyle ? '' : ' with its style removed'}`, async () => {
        // A host page without the host script, holding the exact snippet (its address pointing at
        // this server's dist/embed.html) in a column `width` px wide.
        const snippet = readme.snippet.replace(/https:\/\/your-cdn\.example\/[^"?]*embed\.html/, '/dist/embed.html');
        const host = await addFrame('about:blank', { width: 900, height: 700 });
        const hostDoc = host.contentDocument!;
        hostDoc.body.innerHTML = `<div style="width: ${width}px">${snippet}</div>`;
        const frame = hostDoc.querySelector('iframe')!;
        if (!keepStyle) frame.removeAttribute('style');
        const rendered = () => !!frame.contentDocument?.querySelector('rw-help-banner')?.shadowRoot?.querySelector('[part~="emergency"]');
        expect(await until(rendered)).to.equal(true);
        await sleep(50);
        const doc = frame.contentDocument!;
        const banner = doc.querySelector('rw-help-banner') as HTMLElement;
        expect(callLinks(banner)).to.deep.equal(PARTNER_LINE);
        const viewport = doc.documentElement.clientHeight;
        expect(viewport).to.be.within(290, 300);
        const call = banner.shadowRoot!.querySelector('[part~="call"]')!.getBoundingClientRect();
        expect(call.bottom, 'the call link is in the top half').to.be.below(viewport / 2);
        expect(contentHeight(doc), 'the whole banner fits').to.be.at.most(viewport);
      });
    }

    it('the host script sets the frame to its content height and follows it when a timeline stage opens', async () => {
      const { frame, doc, widget } = await openEmbed('widget=treatment-timeline&frame=path', { height: 150 });
      expect(await until(() => Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
      const before = frame.clientHeight;
      expect(before).to.be.above(400);
      const toggle = widget.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
      toggle.click();
      expect(await until(() => frame.clientHeight > before + 20)).to.equal(true);
      expect(await until(() => Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
      const messages = sentBy(frame) as Record<string, unknown>[];
      expect(messages.length).to.be.at.least(2);
      for (const message of messages) {
        expect(Object.keys(message).sort()).to.deep.equal(['height', 'id', 'type', 'widget']);
        expect(message.type).to.equal('rw-embed:height');
        expect(Number.isInteger(message.height)).to.equal(true);
        expect(message.widget).to.equal('treatment-timeline');
        expect(message.id).to.equal('path');
      }
      expect(messages.at(-1)!.height).to.equal(contentHeight(doc));
      // The page fits its frame: no scroll bar inside.
      expect(doc.documentElement.scrollHeight).to.be.at.most(frame.clientHeight);
    });

    it('closing a dismissible banner shrinks the frame', async () => {
      const { frame, doc, widget } = await openEmbed('widget=help-banner&dismissible');
      expect(await until(() => Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
      const open = frame.clientHeight;
      widget.shadowRoot!.querySelector<HTMLElement>('[part~="dismiss"]')!.click();
      expect(await until(() => frame.clientHeight < open - 20 && Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
    });

    it('a frame on another origin, and a sandboxed one, are sized too; messages carry no id without `frame`', async () => {
      const other = `http://127.0.0.1:${location.port}`;
      for (const sandbox of [undefined, 'allow-scripts']) {
        const frame = await addFrame(`${other}/dist/embed.html?widget=help-banner`, { height: 100, sandbox });
        expect(await until(() => sentBy(frame).length > 0 && frame.clientHeight > 150), `sandbox=${sandbox}`).to.equal(true);
        const last = sentBy(frame).at(-1);
        expect(last).to.deep.equal({ type: 'rw-embed:height', height: frame.clientHeight, widget: 'help-banner' });
        const origin = received.find((m) => m.source === frame.contentWindow)!.origin;
        expect(origin).to.equal(sandbox ? 'null' : other);
      }
    });

    it('answers are never sent: ticking a danger sign sends only a new height', async () => {
      const { frame, doc, widget } = await openEmbed('widget=symptom-checklist');
      expect(await until(() => Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
      const count = sentBy(frame).length;
      const first = widget.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      first.click();
      expect(first.checked).to.equal(true);
      expect(await until(() => sentBy(frame).length > count)).to.equal(true);
      for (const message of sentBy(frame)) {
        expect(Object.keys(message as object).sort()).to.deep.equal(['height', 'type', 'widget']);
      }
    });

    it('the host script ignores messages that are not from its frames, or not height messages', async () => {
      const { frame, doc } = await openEmbed('widget=help-banner');
      expect(await until(() => Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
      const height = frame.clientHeight;
      // From this page itself: not one of its frames.
      window.postMessage({ type: 'rw-embed:height', height: 999, widget: 'help-banner' }, '*');
      // From another frame of the page: only well-formed height messages count.
      const other = await addFrame('about:blank', { height: 100 });
      const post = new (other.contentWindow as EmbedWindow).Function('data', 'parent.postMessage(data, "*")') as (data: unknown) => void;
      for (const data of [{ type: 'rw-embed:height', height: '999' }, { type: 'rw-embed:height', height: 12.5 }, { type: 'other', height: 999 }, 'rw-embed:height']) {
        post(data);
      }
      await sleep(100);
      expect(frame.clientHeight).to.equal(height);
      expect(other.clientHeight).to.equal(100);
      post({ type: 'rw-embed:height', height: 123 });
      expect(await until(() => other.clientHeight === 123), 'a well-formed message from that frame is obeyed').to.equal(true);
    });

    it('a bad frame name is named, and messages go without an id', async () => {
      const { frame, problems } = await openEmbed('widget=help-banner&frame=%3Cb%3E');
      expect(problems.warnings).to.deep.equal([`${PREFIX} frame="<b>" is not 1 to 64 letters, digits, - or _; height messages are sent without an id.`]);
      expect(await until(() => sentBy(frame).length > 0)).to.equal(true);
      expect(Object.keys(sentBy(frame)[0] as object).sort()).to.deep.equal(['height', 'type', 'widget']);
    });
  });

  describe('colours', () => {
    it('the page is transparent and declares color-scheme: light dark', async () => {
      const { doc, win } = await openEmbed('widget=help-banner');
      expect(doc.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).to.equal('light dark');
      expect(win.getComputedStyle(doc.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(win.getComputedStyle(doc.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('follows the colour scheme the host page declares', async () => {
      for (const scheme of ['dark', 'light']) {
        document.documentElement.style.colorScheme = scheme;
        const { win, widget } = await openEmbed('widget=help-banner');
        expect(win.matchMedia('(prefers-color-scheme: dark)').matches, scheme).to.equal(scheme === 'dark');
        expect(win.getComputedStyle(widget).color, scheme).to.equal(scheme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      }
    });

    it('on a host page that declares none, follows the reader\'s setting', async () => {
      for (const preference of ['dark', 'light'] as const) {
        await emulateMedia({ colorScheme: preference });
        const { win, widget } = await openEmbed('widget=help-banner');
        expect(win.getComputedStyle(widget).color, preference).to.equal(preference === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      }
    });

    it('theme=dark and theme=light set the widget\'s theme and the page\'s colour scheme', async () => {
      for (const theme of ['dark', 'light']) {
        // The opposite scheme on the host page: the theme wins.
        document.documentElement.style.colorScheme = theme === 'dark' ? 'light' : 'dark';
        const { doc, win, widget, problems } = await openEmbed(`widget=help-banner&theme=${theme}`);
        expect(widget.getAttribute('theme')).to.equal(theme);
        expect(doc.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).to.equal(theme);
        expect(win.getComputedStyle(doc.body).color, 'the page\'s text colour').to.equal(theme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
        expect(problems.warnings).to.deep.equal([]);
      }
    });
  });

  describe('links', () => {
    it('a tap on the call link keeps the frame on the widget, and rw-call stays inside the frame', async () => {
      const { frame, doc, win, widget } = await openEmbed('widget=help-banner&phone=555-010-2000');
      expect(await until(() => Math.abs(frame.clientHeight - contentHeight(doc)) <= 1)).to.equal(true);
      await sleep(100);
      const calls: unknown[] = [];
      win.addEventListener('rw-call', (event) => calls.push((event as CustomEvent).detail));
      const outside: unknown[] = [];
      const listener = (event: Event) => outside.push((event as CustomEvent).detail);
      document.addEventListener('rw-call', listener);
      const count = sentBy(frame).length;
      const link = widget.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="call"]')!;
      expect(link.target).to.equal('');
      const frameBox = frame.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(frameBox.x + box.x + box.width / 2), Math.round(frameBox.y + box.y + box.height / 2)] });
      await sleep(200);
      document.removeEventListener('rw-call', listener);
      expect(calls).to.deep.equal([{ phone: '+15550102000', channel: 'call', widget: 'help-banner' }]);
      expect(outside).to.deep.equal([]);
      expect(frame.contentWindow!.location.pathname).to.equal('/dist/embed.html');
      expect(!!frame.contentDocument!.querySelector('rw-help-banner'), 'the banner is still there').to.equal(true);
      expect(sentBy(frame).length, 'the tap posts nothing to the host').to.equal(count);
    });
  });
});
