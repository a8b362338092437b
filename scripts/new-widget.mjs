// `npm run new-widget <name>`: scaffolds `<rw-name>` and adds it to every list the kit keeps.
//
// Writes src/components/<name>/ (element, styles, README) and the per-widget entry src/<name>.ts,
// and adds the widget to the lists that cannot be derived at build time: WIDGET_TAGS
// (src/internal/widgets.ts), src/index.ts, package.json (exports, sideEffects), src/react.ts and
// the cross-cutting test table (test/widgets.ts). Then it prints what only a person can write: the
// README section (test/readme.test.ts fails until it names the widget's attributes and parts), the
// accessibility states, the widget's own tests, the snippet builder's checkbox. See CONTRIBUTING.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2] ?? '';
if (!/^[a-z]+(-[a-z]+)+$/.test(name) && !/^[a-z]+$/.test(name)) {
  console.error('Usage: npm run new-widget <name>, in lower case with hyphens, e.g. `npm run new-widget taper-planner`.');
  process.exit(1);
}
const tag = `rw-${name}`;
const className = `Rw${name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
const folder = `src/components/${name}`;
if (existsSync(folder)) {
  console.error(`${folder} already exists.`);
  process.exit(1);
}

/** Inserts `text` before the one occurrence of `anchor` in `file`; stops if the anchor moved. */
function insertBefore(file, anchor, text) {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(anchor);
  if (at === -1 || source.indexOf(anchor, at + 1) !== -1) {
    console.error(`${file}: expected "${anchor.trim()}" exactly once; add ${tag} there by hand.`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(file, source.slice(0, at) + text + source.slice(at));
}

mkdirSync(folder, { recursive: true });
writeFileSync(
  `${folder}/${name}.ts`,
  `import { html } from 'lit';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { styles } from './${name}.styles.js';

/**
 * TODO: what the widget shows, in one or two sentences.
 *
 * @element ${tag}
 *
 * @fires rw-call - A call or text link was activated. \`detail: { phone, channel, widget }\`.
 *
 * @csspart panel - The labelled region around everything.
 * @csspart heading - The heading.
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line.
 *
 * @slot - A call link such as \`<p><a href="tel:…">Call …</a></p>\` for readers without JavaScript; the widget takes its help line from it when there is no \`phone\` attribute.
 */
export class ${className} extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = { heading: {} };

  /** Replaces the default heading. */
  declare heading?: string;

  // Features beyond the base (language, help line, readable colours, rw-call and Escape), e.g.
  // private readonly items = new AuthoredList(this, () => parseSomething(this), () => this.language.changed);

  protected renderWidget() {
    const { common } = this.language;
    // TODO: a UiPart in src/content/locales (English and Spanish) for this widget's strings.
    return html\`
      <section part="panel" class="panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">\${this.heading || 'TODO heading'}</h2>
        \${helpFooter('TODO call to action.', this.helpLine.line, this.helpLine.helplines, common)}
      </section>
    \`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
);
writeFileSync(`${folder}/${name}.styles.ts`, "import { css } from 'lit';\n\nexport const styles = css`\n  .panel {\n    display: block;\n  }\n`;\n");
writeFileSync(
  `${folder}/README.md`,
  `# \`<${tag}>\`\n\nTODO: what it shows and why. Attributes and parts: the [project README](../../../README.md#${tag}).\n\n## What a screen reader announces\n\n## Keyboard and display\n`,
);
writeFileSync(
  `src/${name}.ts`,
  `/**\n * \`import 'recovery-widgets/${name}.js'\` registers \`<${tag}>\` on its own.\n */\nimport { ${className} } from './components/${name}/${name}.js';\nimport { defineElements } from './internal/define.js';\n\ndefineElements({ '${tag}': ${className} });\n\nexport { ${className} };\nexport type { RwCallDetail } from './internal/element.js';\n`,
);

insertBefore('src/internal/widgets.ts', '] as const;\n\nexport type WidgetTag', `  '${tag}',\n`);
insertBefore('src/index.ts', "import { defineElements } from './internal/define.js';", `import { ${className} } from './components/${name}/${name}.js';\n`);
insertBefore('src/index.ts', '} satisfies Record<WidgetTag', `  '${tag}': ${className},\n`);
insertBefore('src/index.ts', '  VERSION,\n};', `  ${className},\n`);
insertBefore('src/react.ts', "} from './index.js';", `  ${className} as ${className.slice(2)}Element,\n`);
writeFileSync(
  'src/react.ts',
  `${readFileSync('src/react.ts', 'utf8')}
export const ${className} = createComponent({
  react: React,
  tagName: '${tag}',
  elementClass: ${className.slice(2)}Element,
  events: callEvents,
});
`,
);
insertBefore(
  'test/widgets.ts',
  '\n];\n',
  `\n  {\n    tag: '${tag}',\n    snippet: \`<${tag}>\${callFallback}</${tag}>\`,\n    attributes: COMMON,\n    lightDom: [callChild],\n  },`,
);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const exportsBefore = Object.entries(pkg.exports);
const at = exportsBefore.findIndex(([key]) => key === './recovery-widgets.js');
exportsBefore.splice(at, 0, [`./${name}.js`, { types: `./dist/esm/${name}.d.ts`, default: `./dist/esm/${name}.js` }]);
pkg.exports = Object.fromEntries(exportsBefore);
pkg.sideEffects.push(`./dist/esm/${name}.js`);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

console.log(`Scaffolded <${tag}> (${className}) in ${folder}/ and src/${name}.ts, and added it to
src/internal/widgets.ts, src/index.ts, src/react.ts, package.json and test/widgets.ts.

Still yours to write (see CONTRIBUTING.md):
- the widget itself, its strings (a UiPart in src/content/locales/en.ts and es/ui.ts) and content;
- its section in README.md, naming every attribute, event and part (test/readme.test.ts checks);
- test/${name}.test.ts, and its rows in test/accessibility/states.ts;
- test/widget-list.test.ts counts the widgets (raise the count) and test/react.test.ts lists the React components;
- its checkbox in demo/builder.html and the list in test/e2e/builder.test.ts, if partners pick it there;
- a line in CHANGELOG.md.`);
