// The demo gallery: every page, each with all the widgets. Tests, the bench and the screenshots use this list.
export const DEMO_PAGES = ['/demo/', '/demo/article.html', '/demo/blog.html', '/demo/dark.html', '/demo/hostile.html', '/demo/es.html', '/demo/alcohol.html', '/demo/opioids.html'];

// Editors' tools linked from the demo home. Not gallery pages (their widgets are in a preview
// frame), so the gallery's tests skip them; the screenshots include them.
export const TOOL_PAGES = ['/demo/builder.html'];
