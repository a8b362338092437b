import { expect } from '@open-wc/testing';
import { checkContent, fleschKincaidGrade, syllables, syllablesEs, szigrisztPazos, WRONG_CLAIMS } from '../scripts/content-rules.mjs';
import { cageAid } from '../src/content/instruments/cage-aid.js';
import { en, uiTranslations } from '../src/content/locales/index.js';
import { translations } from '../src/content/translations.js';
import { clonazepam } from '../src/content/packs/clonazepam.js';
import { packs } from '../src/content/packs/index.js';
import type { Pack } from '../src/content/types.js';
import { translate, type TranslationReport } from '../src/internal/i18n.js';

const source = { title: 'A source', url: 'https://example.org/' };

/** `n` words in one sentence. */
const sentenceOf = (n: number) => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ')}.`;

/** A copy of the real clonazepam pack to plant problems in. */
const plantable = (): Pack => structuredClone(clonazepam);

describe('content check: the rules themselves', () => {
  it('reports a planted fact without a source, by its path', () => {
    const pack = plantable();
    (pack.facts.safety as unknown[])[1] = { id: 'planted', text: 'Drink water.' };
    expect(checkContent(pack, { name: 'clonazepam' }).problems).to.deep.equal(['facts.safety[1]: a fact without a source']);
  });

  it('reports a fact whose sources are empty or untitled, and a sign with no source', () => {
    const { problems } = checkContent({
      a: { text: 'One.', sources: [] },
      b: { text: 'Two.', sources: [{ title: '' }] },
      c: { text: { self: 'You.', lovedOne: 'They.' }, source: { title: ' ' } },
      d: { text: 'Four.', source: { title: 'Fine' } },
      e: { text: 'Five.', sources: [source] },
    });
    expect(problems).to.deep.equal(['a: a fact without a source', 'b: a fact without a source', 'c: a fact without a source']);
  });

  it("counts an ancestor's sources (an instrument's questions) but not a UI template named text", () => {
    const screen = { sources: [source], questions: [{ id: 'q', text: { self: 'Have you?', lovedOne: 'Have they?' } }] };
    expect(checkContent(screen).problems).to.deep.equal([]);
    expect(checkContent({ ...screen, sources: [] }).problems).to.deep.equal(['questions[0]: a fact without a source']);
    expect(checkContent({ common: { text: (n: string) => `Text ${n}` } }).problems).to.deep.equal([]);
  });

  it('reports labels that stigmatise people, as whole words in any case', () => {
    const { problems } = checkContent({
      facts: [
        { text: 'He is an Addict.', sources: [source] },
        { text: 'Drug abusers need help. Stay clean.', sources: [source] },
        { text: 'No junkie, no dirty tests.', source },
        { text: 'Addictive properties and addiction are fine words here.', source },
      ],
    });
    expect(problems).to.deep.equal([
      'facts[0].text: "Addict" labels people; use person-first words',
      'facts[1].text: "abusers" labels people; use person-first words',
      'facts[1].text: "clean" labels people; use person-first words',
      'facts[2].text: "junkie" labels people; use person-first words',
      'facts[2].text: "dirty" labels people; use person-first words',
    ]);
  });

  it('reports a sentence of 26 words, with its first 8 words, and passes one of 25', () => {
    const long = checkContent({ tip: { text: `Short one. ${sentenceOf(26)} Another.`, source } });
    expect(long.problems).to.deep.equal(['tip.text: sentence of 26 words (over 25): "Word word word word word word word word …"']);
    expect(long.sentences).to.have.length(3);
    expect(checkContent({ tip: { text: sentenceOf(25), source } }).problems).to.deep.equal([]);
    expect(checkContent({ q: `${sentenceOf(20)}? ${sentenceOf(20)}! ${sentenceOf(20)}` }).problems).to.deep.equal([]);
  });

  it('does not check citation titles under source or sources', () => {
    const title = `Conjoint screening for alcohol and drug abusers and addicts, clean and dirty: ${sentenceOf(40)}`;
    const result = checkContent({
      fact: { text: 'Plain words.', source: { title, url: 'https://example.org/addict' } },
      other: { text: 'More plain words.', sources: [{ title }] },
    });
    expect(result.problems).to.deep.equal([]);
    expect(result.sentences).to.deep.equal(['Plain words.', 'More plain words.']);
  });

  it('skips url, id, number and sms; reads both audiences and calls functions', () => {
    const result = checkContent({
      id: 'addict-id',
      line: { name: 'Help line', number: '+18443187500', sms: '988', url: 'https://example.org/junkie' },
      heading: { self: 'Your path.', lovedOne: 'Their path.' },
      score: (yes: number, total: number) => `You answered yes to ${yes} of ${total} questions.`,
      about: (name: string) => `${name} is a medicine.`,
    });
    expect(result.problems).to.deep.equal([]);
    expect(result.sentences).to.deep.equal([
      'Help line',
      'Your path.',
      'Their path.',
      'You answered yes to clonazepam of 2 questions.',
      'clonazepam is a medicine.',
    ]);
  });

  it('notes, but does not fail, a long sentence in verbatim wording', () => {
    const screen = { sources: [source], questions: [{ id: 'q', text: sentenceOf(27) }] };
    expect(checkContent(screen).problems).to.have.length(1);
    const verbatim = checkContent(screen, { name: 'screen', verbatim: true });
    expect(verbatim.problems).to.deep.equal([]);
    expect(verbatim.notes).to.have.length(1);
  });

  it('computes the Flesch-Kincaid grade with a simple syllable estimate', () => {
    expect([syllables('the'), syllables('make'), syllables('simple'), syllables('recovery'), syllables('988')]).to.deep.equal([1, 1, 2, 4, 1]);
    // 2 sentences, 6 words, 6 syllables: 0.39 * 3 + 11.8 * 1 - 15.59 = -2.62
    expect(fleschKincaidGrade(['The cat sat.', 'A dog ran.'])).to.equal(-2.6);
    expect(checkContent({}).readability.score).to.equal(0);
  });
});

describe('content check: sources, figures and thresholds (issue 16)', () => {
  it('reports a source on a second-hand site, and only notes one kept for now', () => {
    const pack = plantable();
    pack.stats[0].source = { title: 'NSDUH 2020 (a document-sharing copy)', url: 'https://docslib.org/doc/1394/nsduh-2020' };
    expect(checkContent(pack, { name: 'clonazepam' }).problems).to.deep.equal([
      'stats[0]: source on docslib.org, a second-hand site; cite the primary source',
    ]);
    const kept = checkContent({ fact: { text: 'Plain.', sources: [{ title: 'Summary', url: 'https://www.ascendantny.com/x/' }] } });
    expect(kept.problems).to.deep.equal([]);
    expect(kept.notes[0]).to.match(/^fact: source on ascendantny\.com, a second-hand site kept for now/);
    expect(checkContent({ fact: { text: 'Plain.', sources: [{ title: 'Label', url: 'https://dailymed.nlm.nih.gov/x' }] } }).notes).to.deep.equal([]);
  });

  it('finds whom a figure counts in its definition line too, and counts deaths as whom', () => {
    const card = (label: string, definition?: string) => ({ id: 's', figure: '25%', label, definition, year: '2022', source });
    const { problems } = checkContent({
      stats: [card('got medication for it', 'U.S. adults who needed treatment.'), card('deaths a year from excessive drinking'), card('got medication for it', 'A national survey.')],
    });
    expect(problems).to.deep.equal(['stats[2]: a figure whose label names no population (whom it counts)']);
  });

  it('reports a figure without its year or without whom it counts, in English and in Spanish', () => {
    const stat = (label: string, year: string) => ({ id: 's', figure: '4.8 million', label, year, source });
    const { problems } = checkContent({
      stats: [stat('people aged 12 or older misused them', '2020'), stat('misused them in the past year', '2020'), stat('adults used one', ' ')],
    });
    expect(problems).to.deep.equal([
      'stats[1]: a figure whose label names no population (whom it counts)',
      'stats[2]: a figure without its year',
    ]);
    const es = checkContent({ stats: [stat('de personas de 12 años o más', '2020'), stat('hicieron un uso indebido', '2020')] }, { language: 'es' });
    expect(es.problems).to.deep.equal(['stats[1]: a figure whose label names no population (whom it counts)']);
  });

  it('reports a screening threshold without published accuracy', () => {
    const screen = (defaultThreshold: number, accuracy: unknown[]) => ({ ...structuredClone(cageAid), defaultThreshold, accuracy });
    expect(checkContent(screen(2, cageAid.accuracy), { verbatim: true }).problems).to.deep.equal([]);
    expect(checkContent(screen(3, cageAid.accuracy), { name: 'cage-aid', verbatim: true }).problems).to.deep.equal([
      'cage-aid: default threshold 3 has no published accuracy',
    ]);
    expect(checkContent(screen(2, [{ threshold: 2, sensitivity: 70 }]), { name: 'cage-aid', verbatim: true }).problems).to.deep.equal([
      'cage-aid.accuracy[0]: a threshold without published sensitivity and specificity',
      'cage-aid: default threshold 2 has no published accuracy',
    ]);
  });
});

describe('content check: Spanish rules', () => {
  it('reports Spanish labels that stigmatise people, as whole words with accents, and not their neighbours', () => {
    const { problems } = checkContent(
      {
        facts: [
          { text: 'Es un Adicto. Los drogadictos y los toxicómanos.', source },
          { text: 'No diga "abusador" ni "limpia".', source },
          { text: 'La adicción y lo adictivo son palabras correctas. Limpieza, no.', source },
        ],
      },
      { language: 'es' },
    );
    expect(problems).to.deep.equal([
      'facts[0].text: "Adicto" labels people; use person-first words',
      'facts[0].text: "drogadictos" labels people; use person-first words',
      'facts[0].text: "toxicómanos" labels people; use person-first words',
      'facts[1].text: "abusador" labels people; use person-first words',
      'facts[1].text: "limpia" labels people; use person-first words',
    ]);
  });

  it('computes the Szigriszt-Pazos ease with Spanish syllables', () => {
    expect(['casa', 'león', 'día', 'tiene', 'guion', '988'].map(syllablesEs)).to.deep.equal([2, 2, 2, 2, 1, 1]);
    // 1 sentence, 5 words, 11 syllables (la de-pen-den-cia fí-si-ca es co-mún): 206.835 - 62.3 * 2.2 - 5 = 64.8
    expect(szigrisztPazos(['La dependencia física es común.'])).to.equal(64.8);
    expect(checkContent({ a: 'Hola.' }, { language: 'es' }).readability.formula).to.match(/INFLESZ/);
  });
});

/**
 * One wrong claim per row of the "common claims" tables (alcohol-notes.md §8, opioid-notes.md §8),
 * as a treatment center's page might word it, in English and in Spanish, with the rule that catches it.
 */
const WRONG_CLAIM_SAMPLES: [id: string, en: string, es: string][] = [
  ['alcohol-withdrawal-harmless', 'Alcohol withdrawal is never dangerous.', 'La abstinencia del alcohol nunca es peligrosa.'],
  ['alcohol-withdrawal-harmless', "It's just a bad hangover.", 'Es solo una resaca.'],
  ['detox-and-done', 'Detox takes 5-7 days and then you can go home.', 'La desintoxicación dura 5 a 7 días y ya está.'],
  ['everyone-needs-inpatient', 'Everyone needs medical detox first.', 'Todos necesitan desintoxicación médica.'],
  ['cold-turkey-willpower', 'Just quit cold turkey.', 'Es una cuestión de fuerza de voluntad.'],
  ['medicine-swaps-addiction', 'These medicines swap one addiction for another.', 'Estos medicamentos sustituyen una droga por otra.'],
  ['medicine-swaps-addiction', 'Methadone is opioid replacement therapy.', 'La metadona es una terapia de sustitución.'],
  ['only-12-step', '12-step is the only thing that works.', 'Los 12 pasos son lo único que funciona.'],
  ['rock-bottom', 'People have to hit rock bottom first.', 'Primero tienen que tocar fondo.'],
  ['surprise-intervention', 'A surprise intervention is the best way.', 'Una intervención sorpresa es la mejor manera.'],
  ['moderate-drinking-healthy', 'Moderate drinking is good for you.', 'Beber con moderación es saludable.'],
  ['relapse-is-failure', 'Relapse means treatment failed.', 'La recaída significa que el tratamiento fracasó.'],
  ['home-detox-quiz', 'Our quiz shows if you can detox at home.', 'Nuestro cuestionario muestra si puede desintoxicarse en casa.'],
  ['outdated-alcohol-figures', '15 million Americans have AUD.', '15 millones de estadounidenses tienen un trastorno por consumo de alcohol.'],
  ['outdated-alcohol-figures', 'There are 88,000 alcohol deaths a year.', 'Hay 88,000 muertes al año.'],
  ['prescribed-means-safe', "You can't overdose on prescription pills.", 'Son seguros porque un médico los recetó.'],
  ['naloxone-encourages-use', 'Naloxone encourages drug use.', 'La naloxona fomenta el consumo de drogas.'],
  ['moud-short', 'Taper off as soon as possible.', 'Hay que dejar el medicamento lo antes posible.'],
  ['counselling-required', 'You must attend counseling to get buprenorphine.', 'Tiene que ir a terapia para recibir buprenorfina.'],
  ['special-licence', 'Only licensed doctors can prescribe it.', 'Solo los médicos con licencia especial pueden recetar buprenorfina.'],
  ['opioid-withdrawal-claims', "Opioid withdrawal can't hurt you.", 'La abstinencia de opioides no puede hacer daño.'],
  ['opioid-withdrawal-claims', 'Opioid withdrawal is as deadly as alcohol withdrawal.', 'Es tan mortal como la abstinencia del alcohol.'],
  ['naltrexone-safest', 'Naltrexone is the safest choice.', 'La naltrexona es la más segura.'],
  ['naloxone-wakes-fine', "If naloxone wakes them up, they're fine.", 'Si la naloxona lo despierta, ya está bien.'],
  ['overdose-home-remedies', 'Put them in a cold shower.', 'Póngale en una ducha fría.'],
  ['overdose-deaths-rising', 'Overdose deaths keep rising.', 'Las muertes por sobredosis siguen aumentando.'],
];

describe("content check: wrong claims from the notes' common-claims tables", () => {
  it('has a sample for every rule', () => {
    expect([...new Set(WRONG_CLAIM_SAMPLES.map(([id]) => id))].sort()).to.deep.equal(WRONG_CLAIMS.map((claim) => claim.id).sort());
  });

  for (const [id, english, spanish] of WRONG_CLAIM_SAMPLES) {
    for (const [language, sentence] of [['en', english], ['es', spanish]] as const) {
      it(`${language}: reports "${sentence}" as ${id}`, () => {
        const { problems } = checkContent({ fact: { text: `A fine sentence. ${sentence}`, source } }, { language });
        expect(problems).to.have.length(1);
        expect(problems[0]).to.contain(`"${id}"`);
        expect(problems[0]).to.contain(sentence);
      });
    }
  }

  it('lets a sentence that warns against a home remedy through, in both languages', () => {
    expect(checkContent({ tip: { text: "Don't put them in a cold shower.", source } }).problems).to.deep.equal([]);
    expect(checkContent({ tip: { text: 'No le dé una ducha fría.', source } }, { language: 'es' }).problems).to.deep.equal([]);
  });
});

describe('content check: the real content', () => {
  for (const [id, pack] of Object.entries(packs)) {
    it(`the ${id} pack has no problems and a finite grade`, () => {
      const result = checkContent(pack, { name: id });
      expect(result.problems).to.deep.equal([]);
      expect(result.sentences.length).to.be.greaterThan(50);
      expect(Number.isFinite(result.readability.score)).to.equal(true);
    });
  }

  it('CAGE-AID has no problems (its wording is verbatim, so sentence length is only noted)', () => {
    const result = checkContent(cageAid, { name: cageAid.id, verbatim: true });
    expect(result.problems).to.deep.equal([]);
    expect(Number.isFinite(result.readability.score)).to.equal(true);
  });

  it('ships Spanish, with the same languages for the UI strings and for the packs', () => {
    expect(Object.keys(translations)).to.include('es');
    expect(Object.keys(uiTranslations)).to.deep.equal(Object.keys(translations));
  });

  for (const [language, translation] of Object.entries(translations)) {
    const originals: [string, unknown, unknown][] = [
      ...Object.entries(packs).map(([id, pack]): [string, unknown, unknown] => [id, pack, translation.packs[id]]),
      [cageAid.id, cageAid, translation.instruments[cageAid.id]],
      ['strings', en, translation.ui],
    ];
    for (const [name, english, text] of originals) {
      it(`${language}: ${name} is fully translated, with no problems`, () => {
        const report: TranslationReport = { missing: [], unknown: [] };
        const translated = translate(english, text, report);
        expect(report, 'strings left in English, or unknown').to.deep.equal({ missing: [], unknown: [] });
        // Our own wording, even of CAGE-AID: every rule applies in full.
        expect(checkContent(translated, { name, language: language as 'es' }).problems).to.deep.equal([]);
      });
    }
  }

  it('the English UI strings have no problems and a finite grade', () => {
    const result = checkContent(en, { name: 'en strings' });
    expect(result.problems).to.deep.equal([]);
    expect(Number.isFinite(result.readability.score)).to.equal(true);
  });
});
