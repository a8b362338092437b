// A per-page file in another language than English carries that language only (issue 18): its
// translations are resolved when it is built, not in the reader's browser. The all-in file and the
// npm modules keep English plus every translation and translate in the browser (src/internal/i18n.ts).
//
// How: the content is loaded here in Node as the all-in file has it, each piece is translated with
// the kit's own `translate` (so the result is what a browser would show, English included wherever a
// translation left something out, which `npm run content:check` reports), and the modules that
// hold the English (the UI strings, the packs, CAGE-AID) are replaced in the bundle by modules
// holding the result. Sources and help lines are never translated: the result imports them from
// their own modules, so they stay one object each. The runtime registries of translations are empty
// in such a build (`TRANSLATES_IN_BROWSER` in src/content/shipped.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { rollup } from 'rollup';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const CONTENT = `${SRC}content/`;

/** The modules whose exports are shared untranslated objects: sources and help lines. */
const UNTRANSLATED_MODULES = [
  `${CONTENT}sources.ts`,
  `${CONTENT}helplines.ts`,
  ...readdirSync(`${CONTENT}families`)
    .filter((name) => name.endsWith('-sources.ts'))
    .map((name) => `${CONTENT}families/${name}`),
];

/** The modules replaced in a build that resolves its translations, and what replaces them. */
const PACKS = `${CONTENT}packs/index.ts`;
const CAGE_AID = `${CONTENT}instruments/cage-aid.ts`;
const UI = `${CONTENT}locales/en.ts`;

/** The content as the all-in file has it (every language and family), loaded once per process. */
let allContent;
function loadAllContent() {
  allContent ??= (async () => {
    const entry = '\0resolved-translations-entry';
    const code = [
      `export { packs } from ${JSON.stringify(PACKS)};`,
      `export { FAMILY_OF, DEFAULT_PACK_ID } from ${JSON.stringify(`${CONTENT}packs/ids.ts`)};`,
      `export { cageAid } from ${JSON.stringify(CAGE_AID)};`,
      `export * as ui from ${JSON.stringify(UI)};`,
      `export { translations } from ${JSON.stringify(`${CONTENT}translations.ts`)};`,
      `export { translate } from ${JSON.stringify(`${SRC}internal/i18n.ts`)};`,
      ...UNTRANSLATED_MODULES.map((file, i) => `export * as untranslated${i} from ${JSON.stringify(file)};`),
    ].join('\n');
    const bundle = await rollup({
      input: entry,
      plugins: [
        {
          name: 'content-in-node',
          resolveId(source, importer) {
            if (source === entry) return entry;
            // i18n.ts asks Lit only whether it runs on a server.
            if (source === 'lit') return '\0lit';
            if (source.endsWith('.ts')) return source;
            if (importer && source.startsWith('.')) return fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`));
            return null;
          },
          load(id) {
            if (id === entry) return code;
            if (id === '\0lit') return 'export const isServer = true;';
            if (!id.endsWith('.ts')) return null;
            return ts.transpileModule(readFileSync(id, 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2021, module: ts.ModuleKind.ES2022 } }).outputText;
          },
        },
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const content = await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
    // Each untranslated object, by identity: the module and the name it is exported under.
    const shared = new Map();
    UNTRANSLATED_MODULES.forEach((file, i) => {
      for (const [name, value] of Object.entries(content[`untranslated${i}`])) {
        if (value && typeof value === 'object') shared.set(value, { file, name });
      }
    });
    return { ...content, shared };
  })();
  return allContent;
}

const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `value` as a JavaScript expression. Untranslated shared objects become imports (collected in
 * `imports`); template functions are written out from their source, after checking that the source
 * alone, run apart from its module, gives the same text (so it uses nothing from around it).
 */
function expression(value, imports, path) {
  if (value === undefined) return 'void 0';
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'function') return functionSource(value, path);
  const shared = imports.shared.get(value);
  if (shared) {
    const local = `${shared.name}$${UNTRANSLATED_MODULES.indexOf(shared.file)}`;
    imports.used.set(local, shared);
    return local;
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => expression(item, imports, `${path}[${i}]`)).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.entries(value)
      .map(([key, child]) => `${JSON.stringify(key)}:${expression(child, imports, `${path}.${key}`)}`)
      .join(',')}}`;
  }
  throw new Error(`resolved-translations: cannot write ${path} (${typeof value})`);
}

function functionSource(fn, path) {
  const source = fn.toString();
  let copy;
  try {
    copy = vm.runInNewContext(`(${source})`);
  } catch (error) {
    throw new Error(`resolved-translations: ${path} is not a function expression on its own (${error.message})`);
  }
  const samples = [['X', 3, 7, 90], [' Y ', 0, 1, 2], ['', 12, 5, 75]];
  for (const args of samples) {
    let expected;
    let actual;
    try {
      expected = fn(...args);
      actual = copy(...args);
    } catch (error) {
      throw new Error(`resolved-translations: ${path} uses something from around it (${error.message})`);
    }
    if (expected !== actual) throw new Error(`resolved-translations: ${path} gives other text apart from its module`);
  }
  return `(${source})`;
}

/** A module exporting `exports` (name → JavaScript expression), with the imports they use. */
function moduleCode(exports, imports, extra = '') {
  const lines = [...imports.used].map(([local, { file, name }]) => `import { ${name} as ${local} } from ${JSON.stringify(file)};`);
  lines.push(extra);
  for (const [name, code] of Object.entries(exports)) lines.push(`export const ${name} = ${code};`);
  return lines.join('\n');
}

/**
 * The Rollup plugin: in a build for one `language` other than English and one `family`, the UI
 * strings, the packs and CAGE-AID hold that language's text and no English.
 */
export function resolvedTranslations({ language, family }) {
  return {
    name: 'resolved-translations',
    // After @rollup/plugin-typescript (which compiles from the files on disk), so on its JavaScript.
    async transform(code, id) {
      if (id !== UI && id !== PACKS && id !== CAGE_AID) return null;
      const { ui, packs, cageAid, FAMILY_OF, translate, translations, shared } = await loadAllContent();
      const translation = translations[language];
      if (!translation) throw new Error(`resolved-translations: the kit has no translation into ${language}`);
      const imports = { shared, used: new Map() };
      if (id === UI) {
        const parts = Object.keys(ui.en);
        const exports = Object.fromEntries(parts.map((part) => [part, expression(translate(ui.en[part], translation.ui[part]), imports, `ui.${part}`)]));
        return { code: `${moduleCode(exports, imports)}\nexport const en = { ${parts.join(', ')} };`, map: null };
      }
      if (id === CAGE_AID) {
        return { code: moduleCode({ cageAid: expression(translate(cageAid, translation.instruments[cageAid.id]), imports, 'cageAid') }, imports), map: null };
      }
      const ids = Object.keys(packs).filter((packId) => FAMILY_OF[packId] === family);
      if (ids.length === 0) throw new Error(`resolved-translations: no pack of the family ${family}`);
      const entries = ids.map((packId) => `${JSON.stringify(packId)}:${expression(translate(packs[packId], translation.packs[packId]), imports, packId)}`);
      return {
        code: moduleCode({ packs: `{${entries.join(',')}}`, defaultPack: 'packs[DEFAULT_PACK_ID]' }, imports, `import { DEFAULT_PACK_ID } from ${JSON.stringify(`${CONTENT}packs/ids.ts`)};`),
        map: null,
      };
    },
  };
}
