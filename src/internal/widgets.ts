/**
 * The kit's widgets and languages, in one place. No strings for readers and no Lit, so the iframe
 * page (src/embed), scripts/pack-check.mjs and the tests can import it without the widgets.
 * test/widget-list.test.ts checks both lists against what the kit actually has.
 */

/** Every widget's tag, in the order src/index.ts defines them. */
export const WIDGET_TAGS = [
  'rw-help-banner',
  'rw-symptom-checklist',
  'rw-treatment-timeline',
  'rw-substance-facts',
  'rw-dependence-cycle',
  'rw-support-tips',
  'rw-stat-cards',
] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** The languages the widgets show, by primary subtag: English, then each translation in src/content/locales. */
export const LANGUAGES = ['en', 'es'] as const;
