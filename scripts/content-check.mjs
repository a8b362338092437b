// The plain-language content check: every pack, the CAGE-AID instrument and the English UI strings.
// Reads the built modules in dist/esm (run `npm run build` first). Exits 1 on any problem: a fact
// without a source, a label that stigmatises people, or a sentence over 25 words. The reading grade
// is printed, with a note above grade 8 (our aim), but never fails the check.
import { existsSync } from 'node:fs';
import { checkContent } from './content-rules.mjs';

const GRADE_AIM = 8;
const esm = new URL('../dist/esm/content/', import.meta.url);
const modules = ['packs/index.js', 'instruments/cage-aid.js', 'locales/en.js'].map((file) => new URL(file, esm));

if (!modules.every((url) => existsSync(url))) {
  console.error('Run npm run build first');
  process.exit(1);
}

const [{ packs }, { cageAid }, { en }] = await Promise.all(modules.map((url) => import(url.href)));

const results = [
  ...Object.entries(packs).map(([id, pack]) => checkContent(pack, { name: id })),
  // CAGE-AID's questions and preface are quoted from the published instrument (Brown & Rounds
  // 1995), and the loved-one wording mirrors them word for word. Shortening them would change a
  // validated screen, so sentence length is reported as a note there, never as a problem.
  // Its sources are on the instrument and cover every question.
  checkContent(cageAid, { name: cageAid.id, verbatim: true }),
  checkContent(en, { name: 'en strings' }),
];

let failed = false;
for (const { name, problems, notes, sentences, grade } of results) {
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`${name}: grade ${grade.toFixed(1)}, ${count(sentences.length, 'sentence')}, ${count(problems.length, 'problem')}`);
  for (const problem of problems) console.log(`  ${problem}`);
  for (const note of notes) console.log(`  note: ${note}`);
  if (grade > GRADE_AIM) console.log(`  note: grade ${grade.toFixed(1)} is above the aim of ${GRADE_AIM}`);
  failed ||= problems.length > 0;
}

if (failed) {
  console.error('\nContent check failed: rewrite the text above (see scripts/content-rules.mjs for the rules).');
  process.exit(1);
}
