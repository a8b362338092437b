import { readFile } from 'node:fs/promises';

/**
 * Koa middleware for the tests: `/dist-bytes/<name>.js` serves `dist/<name>.js` exactly as built.
 * The test runner rewrites every .js file it serves (esbuild to es2021, with an inline source map),
 * which changes the bytes; Subresource Integrity needs the real ones (test/e2e/integrity.test.ts).
 * It answers before the runner's own middleware, so nothing rewrites it.
 */
export async function distBytes(context, next) {
  const match = /^\/dist-bytes\/([\w-]+\.js)$/.exec(context.path);
  if (!match) return next();
  context.type = 'text/javascript';
  context.body = await readFile(new URL(`../../dist/${match[1]}`, import.meta.url));
}
