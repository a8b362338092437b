/**
 * The plain-language content check (issue 5, item 6), as pure functions: no Node APIs, so the
 * same rules run in `scripts/content-check.mjs` (Node) and in `test/content-check.test.ts`
 * (Chromium).
 *
 * `checkContent(root, { name })` walks a content tree (a pack, an instrument, a locale's strings)
 * and reports:
 * - a fact without a source: an object whose `text` is content (a string or `{ self, lovedOne }`)
 *   with no `sources` (non-empty array) or `source` (with a title) of its own or on an ancestor.
 *   An ancestor counts so that an instrument's `sources` cover its questions;
 * - labels that stigmatise people ("addict", "abuser", "junkie", "clean", "dirty"; in Spanish
 *   "adicto", "drogadicto", "toxicómano", "abusador", "yonqui", "vicioso", "limpio", "sucio");
 * - a sentence over 25 words;
 * - a wrong claim from the "common claims" tables of alcohol-notes.md §8 and opioid-notes.md §8
 *   (`WRONG_CLAIMS`), in either language;
 * - a source whose host is on `SECOND_HAND_HOSTS`: a site that reposts or summarises material whose
 *   primary source we know (cite the label, the report or the paper instead). Hosts still cited
 *   because no primary was confirmed yet are on `SECOND_HAND_KEPT` and reported as notes;
 * - a stat card (an object with a `figure`) without its year, or whose label and definition name no
 *   population ("people aged 12 or older", "adults", "visits", "deaths"): a number means nothing
 *   without whom it counts;
 * - a screening threshold without published accuracy: an instrument's `defaultThreshold` with no row
 *   in its `accuracy`, or an accuracy row without sensitivity and specificity;
 * and returns a readability score of every sentence it read: the Flesch-Kincaid grade for English,
 * the Szigriszt-Pazos ease (read on the INFLESZ scale) for Spanish.
 */

/** Keys whose values are identifiers, links or numbers, never prose. */
const NOT_TEXT = new Set(['url', 'id', 'number', 'sms']);

/** Keys holding citations: titles are quoted verbatim, so they are not checked at all. */
const CITATION = new Set(['source', 'sources']);

/** Arguments for locale strings that are functions: a substance name, then numbers. */
const SAMPLE_ARGS = ['clonazepam', 2, 4];

export const MAX_SENTENCE_WORDS = 25;

/**
 * Sites that repost or summarise primary material (labels, government reports, papers), found while
 * checking our sources (clinical-notes.md and issue 16). Cite the primary source instead. Matched on
 * the host and its subdomains.
 */
export const SECOND_HAND_HOSTS = [
  'droracle.ai',
  'benzoinfo.com',
  'mitchmedical.us',
  'thewrightinitiative.com',
  'pillsync.com',
  'fda.report',
  'vdocuments.site',
  'studyres.com',
  'studylib.net',
  'readkong.com',
  'yumpu.com',
  'docslib.org',
  'gitnux.org',
  'qeeebo.com',
  'medx.it.com',
  'womenfitnessmag.com',
  'modernwigcompany.com',
];

/**
 * Second-hand hosts still cited because no primary source could be confirmed yet: each is reported
 * as a note (never a failure) with the reason, so the list of work left stays visible.
 */
export const SECOND_HAND_KEPT = {
  'ascendantny.com': 'clonazepam half-life: the DailyMed label text was not confirmed',
  'scribd.com': 'CAGE-AID accuracy: Wis Med J 1995 is not online',
  'issuhub.com': 'CAGE-AID "not copyrighted": the CASA report copy',
  'drugpolicyfacts.org': "2024 NSDUH alcohol figures: SAMHSA's own report page was not retrieved; the copy quotes it verbatim with its table numbers",
};

/** Words that say whom a figure counts. English, then Spanish. */
const POPULATION = {
  en: /\b(people|persons?|adults?|adolescents?|youths?|teens?|children|patients|visits|deaths|aged \d+)\b/i,
  es: /(?<![\p{L}])(personas?|adult[oa]s|adolescentes|jóvenes|niñ[oa]s|pacientes|visitas|muertes|\d+ años)(?![\p{L}])/iu,
};

/**
 * Words that label people by their substance use. "clean" and "dirty" have no legitimate use in
 * our content, so they are flagged anywhere. Whole words, any case.
 */
const STIGMA = {
  en: /\b(addicts?|abusers?|junkies?|clean|dirty)\b/gi,
  // \b does not see accented letters as word characters, so Spanish words are bounded by hand.
  es: /(?<![\p{L}])((?:drog)?adict[oa]s?|toxicómanos?|toxicómanas?|abusador(?:es|as?)?|yonquis?|viciosos?|viciosas?|limpi[oa]s?|suci[oa]s?)(?![\p{L}])/giu,
};

/**
 * @typedef {{ id: string, notes: string, en: RegExp, es?: RegExp, unlessNegated?: boolean }} WrongClaim
 * A claim that treatment-center pages make and the notes call wrong, outdated or unsupported, as a
 * pattern for each language. `unlessNegated`: the words are fine in a sentence that warns against
 * them ("Don't put them in a cold shower"), so a sentence with a negation is not reported.
 */

/** @type {WrongClaim[]} */
export const WRONG_CLAIMS = [
  {
    id: 'alcohol-withdrawal-harmless',
    notes: 'alcohol-notes.md §8 row 1',
    en: /withdrawal (?:from alcohol )?is (?:never|not) dangerous|just a (?:bad )?hangover/i,
    es: /abstinencia (?:del alcohol )?(?:nunca|no) es peligrosa|(?:solo|sólo) una (?:mala )?resaca/i,
  },
  {
    id: 'detox-and-done',
    notes: 'alcohol-notes.md §8 row 2; opioid-notes.md §8 row 2',
    en: /detox (?:takes|lasts) (?:only )?\d+\s*(?:–|-|to)\s*\d+ days and|detox and (?:you'?re )?done/i,
    es: /desintoxicación (?:dura|toma) (?:solo |sólo )?\d+\s*(?:–|-|a)\s*\d+ días y|desintoxicarse y listo/i,
  },
  {
    id: 'everyone-needs-inpatient',
    notes: 'alcohol-notes.md §8 row 3; opioid-notes.md §8 row 12',
    en: /everyone needs (?:medical detox|inpatient|residential|rehab)|residential (?:rehab|treatment|care) is (?:always )?(?:required|needed)/i,
    es: /todos necesitan (?:desintoxicación médica|hospitalización|tratamiento residencial)|el tratamiento residencial es (?:siempre )?(?:obligatorio|necesario)/i,
  },
  {
    id: 'cold-turkey-willpower',
    notes: 'alcohol-notes.md §8 row 4',
    en: /just quit cold turkey|(?:it'?s|is) (?:just |all )?(?:a matter of )?willpower/i,
    es: /(?:es|solo es|sólo es) (?:cuestión|una cuestión) de fuerza de voluntad/i,
  },
  {
    id: 'medicine-swaps-addiction',
    notes: 'alcohol-notes.md §8 row 5; opioid-notes.md §8 row 4',
    en: /(?:swap|swaps|swapping|replace|replaces|replacing|trade|trades|trading) one (?:addiction|drug) (?:for|with) another|(?:replacement|substitution) therapy/i,
    es: /(?:cambiar|cambian?|sustituir|sustituyen?|reemplazar|reemplazan?) una (?:adicción|droga) por otra|terapia de (?:sustitución|reemplazo)/i,
    unlessNegated: true,
  },
  {
    id: 'only-12-step',
    notes: 'alcohol-notes.md §8 row 6',
    en: /12-step (?:programs? )?(?:is|are) the only (?:thing|way|treatment)/i,
    es: /(?:los )?12 pasos (?:es|son) (?:lo único|la única)/i,
  },
  {
    id: 'rock-bottom',
    notes: 'alcohol-notes.md §8 row 7',
    en: /(?:hit|hits|reach) rock bottom/i,
    es: /tocar fondo/i,
    unlessNegated: true,
  },
  {
    id: 'surprise-intervention',
    notes: 'alcohol-notes.md §8 row 8',
    en: /(?:surprise|confrontational) intervention is the best/i,
    es: /intervención (?:sorpresa|por sorpresa) es la mejor/i,
  },
  {
    id: 'moderate-drinking-healthy',
    notes: 'alcohol-notes.md §8 row 9',
    en: /(?:moderate|light) drinking is (?:good|healthy)|(?:alcohol|a drink|wine) (?:a day )?is good for your heart/i,
    es: /beber con moderación es (?:bueno|saludable)|(?:el alcohol|el vino) es bueno para el corazón/i,
  },
  {
    id: 'relapse-is-failure',
    notes: 'alcohol-notes.md §8 row 10; opioid-notes.md §8 row 14',
    en: /(?:relapse|a return to (?:use|drinking)) means (?:the )?(?:treatment|you) (?:has |have )?failed/i,
    es: /(?:la )?recaída significa que (?:el tratamiento|usted) (?:ha )?fracas/i,
  },
  {
    id: 'home-detox-quiz',
    notes: 'alcohol-notes.md §8 row 11',
    en: /(?:quiz|test|check) (?:shows|tells you) (?:if|whether) (?:you can|it is safe to) detox at home/i,
    es: /(?:prueba|cuestionario) (?:muestra|dice) si (?:puede|es seguro) desintoxicarse en casa/i,
  },
  {
    id: 'outdated-alcohol-figures',
    notes: 'alcohol-notes.md §8 row 12',
    en: /\b1[57] million (?:Americans|people|adults) (?:have|with) (?:AUD|an alcohol use disorder)|\b(?:88,000|95,000) (?:alcohol )?deaths/i,
    es: /\b1[57] millones de (?:estadounidenses|personas|adultos) (?:tienen|con) (?:AUD|un trastorno por consumo de alcohol)|\b(?:88[ .,]000|95[ .,]000) muertes/i,
  },
  {
    id: 'prescribed-means-safe',
    notes: 'opioid-notes.md §8 row 1',
    en: /(?:can'?t|cannot) overdose on prescription|safe because (?:a doctor |they were |it was )?prescribed/i,
    es: /no (?:se )?puede(?:s)? (?:tener una )?sobredosis (?:de|con) (?:opioides )?recetados|(?:es|son) seguros? porque (?:un médico )?(?:los|lo) recetó/i,
  },
  {
    id: 'naloxone-encourages-use',
    notes: 'opioid-notes.md §8 row 3',
    en: /naloxone (?:encourages|promotes|leads to more) (?:drug )?use/i,
    es: /la naloxona (?:fomenta|promueve|aumenta) el consumo/i,
  },
  {
    id: 'moud-short',
    notes: 'opioid-notes.md §8 row 5',
    en: /(?:taper|come) off (?:it |medication )?as soon as possible|medication (?:for opioid use disorder )?should be short/i,
    es: /(?:dejar|reducir) (?:el medicamento )?lo antes posible/i,
  },
  {
    id: 'counselling-required',
    notes: 'opioid-notes.md §8 row 6',
    en: /(?:must|have to) (?:do|attend|go to) (?:counsel?ling|rehab|therapy) (?:first )?(?:to|before you can) get buprenorphine/i,
    es: /(?:debe|tiene que) (?:ir a |recibir )?(?:consejería|terapia|rehabilitación) (?:primero )?para (?:recibir|obtener) buprenorfina/i,
  },
  {
    id: 'special-licence',
    notes: 'opioid-notes.md §8 row 7',
    en: /only (?:specially )?licensed doctors can prescribe|need an? (?:x-)?waiver to prescribe/i,
    es: /solo (?:los )?médicos con (?:una )?licencia especial pueden recetar/i,
  },
  {
    id: 'opioid-withdrawal-claims',
    notes: 'opioid-notes.md §8 row 8',
    en: /opioid withdrawal (?:can'?t|cannot|won'?t) hurt|opioid withdrawal is as (?:deadly|dangerous) as alcohol withdrawal/i,
    es: /la abstinencia de opioides no (?:puede )?(?:hacer daño|dañar)|tan (?:mortal|peligrosa) como la abstinencia del alcohol/i,
  },
  {
    id: 'naltrexone-safest',
    notes: 'opioid-notes.md §8 row 9',
    en: /naltrexone is the safest/i,
    es: /la naltrexona es (?:la opción )?(?:más segura|la más segura)/i,
  },
  {
    id: 'naloxone-wakes-fine',
    notes: 'opioid-notes.md §8 row 10',
    en: /if naloxone wakes them(?: up)?,? they'?re (?:fine|ok|okay)/i,
    es: /si la naloxona (?:la |lo )?despierta,? (?:ya )?está bien/i,
  },
  {
    id: 'overdose-home-remedies',
    notes: 'opioid-notes.md §8 row 11',
    en: /\b(?:cold shower|ice (?:on|bath)|slap(?:ping)? them|make them (?:throw up|vomit)|inject(?:ing)? (?:them with )?salt water)/i,
    es: /ducha fría|hielo|abofetear|hacer(?:le|la|lo)? vomitar|inyectar(?:le)? agua con sal/i,
    unlessNegated: true,
  },
  {
    id: 'overdose-deaths-rising',
    notes: 'opioid-notes.md §8 row 13',
    en: /overdose deaths (?:keep|continue to) (?:rising|rise|increase)|rise every year/i,
    es: /las muertes por sobredosis (?:siguen|continúan) (?:subiendo|aumentando)/i,
  },
];

/** A sentence that warns against something: English or Spanish negation words. */
const NEGATED = /\b(?:don'?t|do not|never|not|no|avoid)\b|(?<![\p{L}])(?:no|nunca|evite|jamás)(?![\p{L}])/iu;

/**
 * @param {unknown} root a pack, an instrument or a locale's strings
 * @param {{ name?: string, verbatim?: boolean, language?: 'en' | 'es' }} [options]
 *   `verbatim`: the wording is quoted from a published instrument (CAGE-AID), so sentence length is
 *   reported as a note, never as a problem; shortening a validated question would change it.
 *   `language`: which stigma words and readability formula apply (English by default).
 * @returns {{ name: string, problems: string[], notes: string[], sentences: string[], readability: Readability }}
 */
export function checkContent(root, { name = 'content', verbatim = false, language = 'en' } = {}) {
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const notes = [];
  /** @type {string[]} */
  const sentences = [];
  /** Objects on the current path, so a cycle cannot loop forever. */
  const ancestors = new Set();

  /** @param {string} path @param {string} text */
  function read(path, text) {
    const where = path || name;
    for (const match of text.matchAll(STIGMA[language])) {
      problems.push(`${where}: "${match[0]}" labels people; use person-first words`);
    }
    for (const sentence of splitSentences(text)) {
      sentences.push(sentence);
      for (const claim of WRONG_CLAIMS) {
        const pattern = claim[language];
        if (!pattern || !pattern.test(sentence) || (claim.unlessNegated && NEGATED.test(sentence))) continue;
        problems.push(`${where}: a wrong claim (${claim.notes}, "${claim.id}"): "${sentence}"`);
      }
      const words = wordsOf(sentence);
      if (words.length > MAX_SENTENCE_WORDS) {
        const message = `${where}: sentence of ${words.length} words (over ${MAX_SENTENCE_WORDS}): "${words.slice(0, 8).join(' ')} …"`;
        if (verbatim) notes.push(`${message} (kept verbatim)`);
        else problems.push(message);
      }
    }
  }

  /** @param {unknown} value @param {string} path @param {boolean} sourced */
  function walk(value, path, sourced) {
    if (typeof value === 'string') {
      read(path, value);
    } else if (typeof value === 'function') {
      walk(value(...SAMPLE_ARGS.slice(0, value.length)), path, sourced);
    } else if (Array.isArray(value)) {
      if (ancestors.has(value)) return;
      ancestors.add(value);
      value.forEach((item, i) => walk(item, `${path}[${i}]`, sourced));
      ancestors.delete(value);
    } else if (value !== null && typeof value === 'object') {
      if (ancestors.has(value)) return;
      ancestors.add(value);
      const record = /** @type {Record<string, unknown>} */ (value);
      const hasOwnSource = hasSource(record);
      const where = path || name;
      for (const key of CITATION) {
        const cited = record[key];
        for (const source of Array.isArray(cited) ? cited : cited ? [cited] : []) {
          const host = hostOf(source);
          if (!host) continue;
          const listed = SECOND_HAND_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
          if (listed) problems.push(`${where}: source on ${listed}, a second-hand site; cite the primary source`);
          const kept = Object.keys(SECOND_HAND_KEPT).find((h) => host === h || host.endsWith(`.${h}`));
          if (kept) notes.push(`${where}: source on ${kept}, a second-hand site kept for now (${SECOND_HAND_KEPT[kept]})`);
        }
      }
      if (typeof record.figure === 'string') {
        if (typeof record.year !== 'string' || record.year.trim() === '') problems.push(`${where}: a figure without its year`);
        // Whom it counts may be in the label or in the card's definition line.
        const counted = [record.label, record.definition].filter((text) => typeof text === 'string').join(' ');
        if (typeof record.label !== 'string' || !POPULATION[language].test(counted)) {
          problems.push(`${where}: a figure whose label names no population (whom it counts)`);
        }
      }
      if ('defaultThreshold' in record) {
        const rows = Array.isArray(record.accuracy) ? record.accuracy : [];
        const measured = (/** @type {any} */ row) =>
          row !== null && typeof row === 'object' && [row.sensitivity, row.specificity].every((n) => typeof n === 'number' && n >= 0 && n <= 100);
        rows.forEach((row, i) => {
          if (!measured(row)) problems.push(`${join(where, 'accuracy')}[${i}]: a threshold without published sensitivity and specificity`);
        });
        if (!rows.some((row) => measured(row) && row.threshold === record.defaultThreshold)) {
          problems.push(`${where}: default threshold ${String(record.defaultThreshold)} has no published accuracy`);
        }
      }
      if ('text' in record && isContent(record.text) && !hasOwnSource && !sourced) {
        problems.push(`${path || name}: a fact without a source`);
      }
      for (const [key, child] of Object.entries(record)) {
        if (NOT_TEXT.has(key) || CITATION.has(key)) continue;
        walk(child, join(path, key), sourced || hasOwnSource);
      }
      ancestors.delete(value);
    }
  }

  walk(root, '', false);
  return { name, problems, notes, sentences, readability: readability(sentences, language) };
}

/**
 * @typedef {{ formula: string, score: number, aim: number, meetsAim: boolean }} Readability
 * A readability score and the aim it is read against: a grade at most 8 for English; an ease of at
 * least 55 ("normal" on the INFLESZ scale used for Spanish health texts) for Spanish.
 */

/** @param {string[]} sentences @param {'en' | 'es'} language @returns {Readability} */
export function readability(sentences, language) {
  if (language === 'es') {
    const score = szigrisztPazos(sentences);
    return { formula: 'Szigriszt-Pazos ease (INFLESZ)', score, aim: 55, meetsAim: sentences.length === 0 || score >= 55 };
  }
  const score = fleschKincaidGrade(sentences);
  return { formula: 'Flesch-Kincaid grade', score, aim: 8, meetsAim: score <= 8 };
}

/** Content a reader sees: a string, or wording for both audiences. Not a UI template function. */
function isContent(/** @type {unknown} */ text) {
  if (typeof text === 'string') return true;
  return text !== null && typeof text === 'object' && 'self' in text && 'lovedOne' in text;
}

/** A non-empty `sources` array or a `source` object, each with a non-empty title. */
function hasSource(/** @type {Record<string, unknown>} */ record) {
  const titled = (/** @type {any} */ s) => s !== null && typeof s === 'object' && typeof s.title === 'string' && s.title.trim() !== '';
  if (Array.isArray(record.sources) && record.sources.length > 0 && record.sources.every(titled)) return true;
  return titled(record.source);
}

/** The host of a source's `url`, without "www.", or '' when it has none. */
function hostOf(/** @type {any} */ source) {
  if (source === null || typeof source !== 'object' || typeof source.url !== 'string') return '';
  try {
    return new URL(source.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `facts.safety[1]`, or `pathways['outpatient-taper'][0]` for keys that are not identifiers. */
function join(/** @type {string} */ path, /** @type {string} */ key) {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}['${key}']`;
}

/** Sentences end at `.`, `?` or `!` followed by whitespace or the end of the text. */
export function splitSentences(/** @type {string} */ text) {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

/** Words are whitespace-separated tokens. */
export function wordsOf(/** @type {string} */ sentence) {
  return sentence.split(/\s+/).filter((w) => w !== '');
}

/**
 * A simple English estimate: vowel groups (a e i o u y), minus a silent final "e" (but not the
 * "-le" of "simple"), at least 1 per word. Tokens with no letters ("4.8", "988") count as 1.
 */
export function syllables(/** @type {string} */ word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 1;
  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count -= 1;
  return Math.max(1, count);
}

/**
 * Spanish syllables, estimated: groups of vowels, where two strong vowels (a, e, o, or an accented
 * í or ú) side by side are two syllables ("le-o", "dí-a"). Tokens with no letters count as 1.
 */
export function syllablesEs(/** @type {string} */ word) {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 1;
  let count = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    const strong = group.match(/[aeoáéóíú]/g)?.length ?? 0;
    count += Math.max(1, strong);
  }
  return Math.max(1, count);
}

/**
 * Szigriszt-Pazos ease: 206.835 − 62.3 × syllables per word − words per sentence, to 1 decimal.
 * Read on the INFLESZ scale: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly
 * easy, over 80 very easy (Barrio-Cantalejo et al., An Sist Sanit Navar 2008). 0 for no text.
 */
export function szigrisztPazos(/** @type {string[]} */ sentences) {
  const words = sentences.flatMap(wordsOf);
  if (sentences.length === 0 || words.length === 0) return 0;
  const syllableCount = words.reduce((sum, w) => sum + syllablesEs(w), 0);
  const score = 206.835 - 62.3 * (syllableCount / words.length) - words.length / sentences.length;
  return Math.round(score * 10) / 10;
}

/** 0.39 × words per sentence + 11.8 × syllables per word − 15.59, to 1 decimal; 0 for no text. */
export function fleschKincaidGrade(/** @type {string[]} */ sentences) {
  const words = sentences.flatMap(wordsOf);
  if (sentences.length === 0 || words.length === 0) return 0;
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
  return Math.round(grade * 10) / 10;
}
