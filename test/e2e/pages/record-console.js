// Loaded first by every e2e page: records console errors, warnings and uncaught errors.
window.__log = [];
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__log.push(`${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__log.push(`uncaught: ${event.message}`));
