// The strict Content-Security-Policy the demo pages are served with (by `npm start` and in tests),
// so every widget is proven to work without inline scripts or styles.
export const DEMO_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/** The snippet builder, an editor's tool, also reads one same-origin file: dist/integrity.json. */
export const BUILDER_CSP = `${DEMO_CSP}; connect-src 'self'`;

/** Koa middleware for @web/dev-server and @web/test-runner: adds the policy to demo/ HTML pages. */
export async function demoCsp(context, next) {
  await next();
  if (context.path.startsWith('/demo/') && context.response.is('html')) {
    context.set('Content-Security-Policy', context.path === '/demo/builder.html' ? BUILDER_CSP : DEMO_CSP);
  }
}
