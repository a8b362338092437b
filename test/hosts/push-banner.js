// A control for test/hosts/layout-shift.test.ts: after the first paint, a 200 px box pushes the page down.
requestAnimationFrame(() => setTimeout(() => {
  const box = document.createElement('div');
  box.style.height = '200px';
  document.body.prepend(box);
}, 100));
