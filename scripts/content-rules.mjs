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
 * - a source whose host is on `SECOND_HAND_HOSTS`: a site that reposts or summarises material whose
 *   primary source we know (cite the label, the report or the paper instead). Hosts still cited
 *   because no primary was confirmed yet are on `SECOND_HAND_KEPT` and reported as notes;
 * - a stat card (an object with a `figure`) without its year, or whose label names no population
 *   ("people aged 12 or older", "adults", "visits"): a number means nothing without whom it counts;
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
  'drugpolicyfacts.org',
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
};

/** Words that say whom a figure counts. English, then Spanish. */
const POPULATION = {
  en: /\b(people|persons?|adults?|adolescents?|youths?|teens?|children|patients|visits|aged \d+)\b/i,
  es: /(?<![\p{L}])(personas?|adult[oa]s|adolescentes|jóvenes|niñ[oa]s|pacientes|visitas|\d+ años)(?![\p{L}])/iu,
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
        if (typeof record.label !== 'string' || !POPULATION[language].test(record.label)) {
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
