/**
 * The per-page files (scripts/page-files.mjs): one script per language and substance family,
 * dist/<language>/<family>.js, each with its hash in dist/integrity.json. Each is loaded as the
 * snippet builder writes it (async, with its integrity hash) into a blank page and read as a person
 * would: the call link's words, the medicine the facts are about, the warnings the console shows.
 */
import { expect } from '@open-wc/testing';

interface Loaded {
  outcome: string;
  call: string | null;
  /** The `lang` the banner marks its content with, where it differs from the page's. */
  mark: string | null;
  facts: string;
  warnings: string[];
}

const integrityJson = async (): Promise<{ files: Record<string, string> }> => (await fetch('/dist/integrity.json')).json();

/** A blank page holding `body`, then `file` loaded async with its hash; waits for every widget. */
async function load(file: string, integrity: string, body: string): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  try {
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    doc.body.innerHTML = body;
    const script = doc.createElement('script');
    script.async = true;
    script.src = new URL(`/dist/${file}`, location.href).href;
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    const outcome = await new Promise<string>((resolve) => {
      script.addEventListener('load', () => resolve('load'));
      script.addEventListener('error', () => resolve('error'));
      doc.head.append(script);
    });
    for (const element of doc.querySelectorAll('*')) await (element as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete;
    const banner = doc.querySelector('rw-help-banner')!;
    const facts = doc.querySelector('rw-substance-facts');
    return {
      outcome,
      call: banner.shadowRoot?.querySelector('[part~="call"]')?.textContent?.trim() ?? null,
      mark: banner.shadowRoot?.querySelector('.lang')?.getAttribute('lang') ?? null,
      facts: facts?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '',
      warnings,
    };
  } finally {
    frame.remove();
  }
}

describe('the per-page files', () => {
  it('dist/integrity.json lists the all-in file and one file per language and substance family', async () => {
    const { files } = await integrityJson();
    expect(Object.keys(files).sort()).to.deep.equal([
      'en/alcohol.js',
      'en/benzodiazepine.js',
      'en/opioid.js',
      'es/alcohol.js',
      'es/benzodiazepine.js',
      'es/opioid.js',
      'recovery-widgets.js',
    ]);
    for (const hash of Object.values(files)) expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('en/benzodiazepine.js runs with its hash: English call link, alprazolam facts, no warnings', async () => {
    const { files } = await integrityJson();
    const result = await load(
      'en/benzodiazepine.js',
      files['en/benzodiazepine.js'],
      '<rw-help-banner phone="555-010-2000"></rw-help-banner><rw-substance-facts substance="alprazolam"></rw-substance-facts>',
    );
    expect(result.outcome).to.equal('load');
    expect(result.call).to.equal('Call (555) 010-2000');
    expect(result.facts).to.contain('alprazolam');
    expect(result.warnings).to.deep.equal([]);
  });

  it('es/benzodiazepine.js runs with its hash and speaks Spanish on a Spanish page', async () => {
    const { files } = await integrityJson();
    const result = await load(
      'es/benzodiazepine.js',
      files['es/benzodiazepine.js'],
      '<div lang="es"><rw-help-banner phone="555-010-2000"></rw-help-banner><rw-substance-facts substance="alprazolam"></rw-substance-facts></div>',
    );
    expect(result.outcome).to.equal('load');
    expect(result.call).to.equal('Llame al (555) 010-2000');
    expect(result.facts).to.contain('alprazolam');
    expect(result.warnings).to.deep.equal([]);
  });

  it('the English file on a Spanish page still shows the help line, in English (it carries no Spanish)', async () => {
    const { files } = await integrityJson();
    const result = await load('en/benzodiazepine.js', files['en/benzodiazepine.js'], '<div lang="es"><rw-help-banner phone="555-010-2000"></rw-help-banner></div>');
    expect(result.call).to.equal('Call (555) 010-2000');
    const text = await (await fetch('/dist/en/benzodiazepine.js')).text();
    expect(text.includes('Llame al'), 'the English file holds no Spanish UI string').to.equal(false);
  });

  it('the Spanish file carries no English: on a page in no language it shows Spanish, marked as Spanish', async () => {
    const { files } = await integrityJson();
    const result = await load(
      'es/benzodiazepine.js',
      files['es/benzodiazepine.js'],
      '<rw-help-banner phone="555-010-2000"></rw-help-banner><rw-substance-facts substance="clonazepam"></rw-substance-facts>',
    );
    expect(result.outcome).to.equal('load');
    expect(result.call).to.equal('Llame al (555) 010-2000');
    expect(result.mark).to.equal('es');
    expect(result.facts).to.equal('Información sobre el clonazepam (Klonopin)');
    expect(result.warnings).to.deep.equal([]);
    // Its translations were resolved when it was built (scripts/resolved-translations.mjs): the
    // English they replace (UI strings, a pack's facts, CAGE-AID) is not in the file.
    for (const language of ['en', 'es']) {
      const text = await (await fetch(`/dist/${language}/benzodiazepine.js`)).text();
      for (const english of ['Sources (', 'Check for signs of a problem with', 'Never stop taking it suddenly', 'ought to cut down on your drinking']) {
        expect(text.includes(english), `${language}/benzodiazepine.js holds "${english}"`).to.equal(language === 'en');
      }
    }
  });

  it('a page about one substance carries no other family\'s text', async () => {
    // A phrase only each family's content holds (its facts or emergency card), in each language
    // (the Spanish alcohol text does not say "delirium", alcohol-notes.md §7.2; and a Spanish file
    // carries no English).
    const phrases = {
      en: { benzodiazepine: 'clonazepam', alcohol: 'delirium', opioid: 'naloxone' },
      es: { benzodiazepine: 'clonazepam', alcohol: 'cerveza', opioid: 'naloxona' },
    } as const;
    for (const [language, only] of Object.entries(phrases)) {
      for (const family of Object.keys(only)) {
        const text = (await (await fetch(`/dist/${language}/${family}.js`)).text()).toLowerCase();
        for (const [other, otherPhrase] of Object.entries(only)) {
          expect(text.includes(otherPhrase), `${language}/${family}.js ${other === family ? 'holds' : 'does not hold'} "${otherPhrase}"`).to.equal(other === family);
        }
      }
    }
  });

  it('an alcohol page\'s file shows the alcohol facts; another family\'s substance warns and shows alcohol', async () => {
    const { files } = await integrityJson();
    const result = await load(
      'en/alcohol.js',
      files['en/alcohol.js'],
      '<rw-help-banner phone="555-010-2000"></rw-help-banner><rw-substance-facts substance="alcohol"></rw-substance-facts><rw-substance-facts substance="clonazepam"></rw-substance-facts>',
    );
    expect(result.outcome).to.equal('load');
    expect(result.facts.toLowerCase()).to.contain('alcohol');
    expect(result.warnings).to.deep.equal(['[recovery-widgets] <rw-substance-facts> substance="clonazepam" is not one of alcohol; using alcohol.']);
  });

  it('a per-page file is refused under another file\'s hash', async () => {
    const { files } = await integrityJson();
    const result = await load('en/benzodiazepine.js', files['recovery-widgets.js'], '<rw-help-banner phone="555-010-2000"><a href="tel:+15550102000">Call</a></rw-help-banner>');
    expect(result.outcome).to.equal('error');
    expect(result.call).to.equal(null);
  });
});
