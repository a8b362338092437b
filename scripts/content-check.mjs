// The plain-language content check: every pack, the CAGE-AID instrument and the UI strings, in
// English and in every translation. Reads the built modules in dist/esm (run `npm run build`
// first). Exits 1 on any problem: a fact without a source, a label that stigmatises people, a
// sentence over 25 words, or a string a translation leaves in English (or names but English lacks).
// The readability score is printed, with a note when it misses its aim, but never fails the check.
import { existsSync } from 'node:fs';
import { checkContent } from './content-rules.mjs';

const esm = new URL('../dist/esm/', import.meta.url);
const modules = ['content/packs/index.js', 'content/instruments/cage-aid.js', 'content/locales/index.js', 'content/translations.js', 'internal/i18n.js'].map(
  (file) => new URL(file, esm),
);

if (!modules.every((url) => existsSync(url))) {
  console.error('Run npm run build first');
  process.exit(1);
}

const [{ packs }, { cageAid }, { en }, { translations }, { translate }] = await Promise.all(modules.map((url) => import(url.href)));

/** Each piece of content: its English original, and how to find its text in a translation. */
const originals = [
  ...Object.values(packs).map((pack) => ({ name: pack.id, english: pack, text: (t) => t.packs[pack.id] })),
  // CAGE-AID's questions and preface are quoted from the published instrument (Brown & Rounds
  // 1995), and the loved-one wording mirrors them word for word. Shortening them would change a
  // validated screen, so sentence length is reported as a note there, never as a problem.
  // Its sources are on the instrument and cover every question.
  { name: cageAid.id, english: cageAid, text: (t) => t.instruments[cageAid.id], verbatim: true },
  { name: 'strings', english: en, text: (t) => t.ui },
];

const results = [];
for (const { name, english, verbatim } of originals) {
  results.push({ ...checkContent(english, { name: `${name} (en)`, verbatim }), untranslated: [] });
}
for (const [language, translation] of Object.entries(translations)) {
  // A translation is our own wording, even of a published instrument: every rule applies in full.
  for (const { name, english, text } of originals) {
    const report = { missing: [], unknown: [] };
    const translated = translate(english, text(translation), report);
    const result = checkContent(translated, { name: `${name} (${language})`, language });
    result.problems.push(
      ...report.missing.map((path) => `${path}: no ${language} text; English is shown`),
      ...report.unknown.map((path) => `${path}: ${language} text for something English does not have`),
    );
    results.push(result);
  }
}

let failed = false;
for (const { name, problems, notes, sentences, readability } of results) {
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const { formula, score, aim, meetsAim } = readability;
  console.log(`${name}: ${formula} ${score.toFixed(1)}, ${count(sentences.length, 'sentence')}, ${count(problems.length, 'problem')}`);
  for (const problem of problems) console.log(`  ${problem}`);
  for (const note of notes) console.log(`  note: ${note}`);
  if (!meetsAim) console.log(`  note: ${formula} ${score.toFixed(1)} misses the aim of ${aim}`);
  failed ||= problems.length > 0;
}

if (failed) {
  console.error('\nContent check failed: rewrite the text above (see scripts/content-rules.mjs for the rules).');
  process.exit(1);
}
