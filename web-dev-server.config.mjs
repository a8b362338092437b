// `npm start`: serves the demo at http://localhost:8000 (the project root, so it can load dist/).
export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
