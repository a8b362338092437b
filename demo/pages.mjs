// The demo gallery: every page, each with all the widgets. Tests, the bench and the screenshots use this list.
export const DEMO_PAGES = ['/demo/', '/demo/article.html', '/demo/blog.html', '/demo/dark.html', '/demo/hostile.html', '/demo/es.html'];
