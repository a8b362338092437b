// `npm start`: serves the demo at http://localhost:8000 (the project root, so it can load dist/),
// with the demo pages under a strict Content-Security-Policy.
import { demoCsp } from './scripts/demo-csp.mjs';

export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  middleware: [
    demoCsp,
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
