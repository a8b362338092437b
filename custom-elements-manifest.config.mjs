// Settings for `cem analyze` (@custom-elements-manifest/analyzer), run by `npm run build`:
// dist/custom-elements.json, from the JSDoc on the widget classes (@element, @fires, @csspart,
// @cssprop, @slot) and their Lit properties.

const WIDGET = /^src\/components\/([^/]+)\/\1\.ts$/;

/** `src/components/x/x.ts` → `dist/esm/components/x/x.js`: the files the package ships. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');

/** Every `module` reference (superclass, inheritedFrom) in `value`, pointed at dist/esm/. */
function pointAtShippedFiles(value) {
  if (Array.isArray(value)) return value.forEach(pointAtShippedFiles);
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'module' && typeof inner === 'string') value[key] = shipped(inner);
    else pointAtShippedFiles(inner);
  }
}

/**
 * Makes the manifest describe what a partner can use, in the files the package ships:
 * - only the seven widgets (the base classes' attributes, properties and custom properties are
 *   already copied into each widget by the analyzer);
 * - no private, protected or static members (internal machinery, not an API), and no attribute
 *   for a private state property;
 * - only `rw-*` events (the analyzer also picks up the base class's `dispatchEvent(type)`);
 * - paths into dist/esm/, and each per-widget entry (`dist/esm/help-banner.js`) named as the
 *   module that registers its tag;
 * - modules in order of path.
 */
function partnerFacing() {
  return {
    name: 'recovery-widgets-partner-facing',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const entries = [];
      manifest.modules = manifest.modules.filter((module) => WIDGET.test(module.path));
      for (const module of manifest.modules) {
        const widget = WIDGET.exec(module.path)[1];
        module.path = shipped(module.path);
        pointAtShippedFiles(module);
        for (const declaration of module.declarations ?? []) {
          // Internal state (`static properties = { open: { state: true } }`) is no attribute.
          const hidden = new Set(declaration.members?.filter((member) => member.privacy === 'private').map((member) => member.name));
          declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
          declaration.members = declaration.members?.filter(
            (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
          );
          // Public is the schema's default; the analyzer says so only for `static properties` fields.
          for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
          declaration.events = declaration.events?.filter((event) => event.name?.startsWith('rw-'));
          if (!declaration.customElement) continue;
          const reference = { name: declaration.name, module: module.path };
          entries.push({
            kind: 'javascript-module',
            path: `dist/esm/${widget}.js`,
            declarations: [],
            exports: [
              { kind: 'js', name: declaration.name, declaration: reference },
              { kind: 'custom-element-definition', name: declaration.tagName, declaration: reference },
            ],
          });
        }
      }
      manifest.modules.push(...entries);
      // The analyzer reads files in whatever order the file system gives them; sort, so every
      // build writes the same manifest.
      manifest.modules.sort((a, b) => (a.path < b.path ? -1 : 1));
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/internal/element.ts', 'src/internal/content-element.ts'],
  exclude: ['src/components/*/*.styles.ts'],
  // Relative to the folder `cem` runs in: the project root.
  outdir: 'dist',
  litelement: true,
  // The analyzer would write a `customElements` field into package.json; ours is set by hand.
  packagejson: false,
  plugins: [partnerFacing()],
};
