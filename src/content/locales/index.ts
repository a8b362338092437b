import type { Pack, Translation, YesNoScreen } from '../types.js';
import * as enUi from './en.js';
import type { UiStrings } from './en.js';
import * as es from './es/ui.js';
import { TRANSLATES_IN_BROWSER } from '../shipped.js';

/** Everything one language translates: the UI strings, each pack's text, each instrument's text. */
export interface LocaleText {
  ui: Translation<UiStrings>;
  packs: Readonly<Record<string, Translation<Pack>>>;
  instruments: Readonly<Record<string, Translation<YesNoScreen>>>;
}

/** English is the kit's own language: the packs and instruments are written in it. */
export { en } from './en.js';

/** The UI strings of every other language the kit ships, by primary language subtag (for the content check). */
export const uiTranslations: Readonly<Record<string, Translation<UiStrings>>> = TRANSLATES_IN_BROWSER ? { es: es.esUi } : {};

/**
 * One part of the UI strings: its English and its translations by primary language subtag. The
 * widgets read their strings part by part (`uiText`), so each widget's module carries only the
 * parts it shows, in every language, and none of the other widgets' strings.
 */
export interface UiPart<K extends keyof UiStrings> {
  readonly key: K;
  readonly en: UiStrings[K];
  readonly translations: Readonly<Record<string, Translation<UiStrings[K]>>>;
}

/** The parts every widget shows (call links, the emergency lines, sources). Its translations are the languages the kit has. */
export const commonPart: UiPart<'common'> = { key: 'common', en: enUi.common, translations: TRANSLATES_IN_BROWSER ? { es: es.esCommon } : {} };
export const helpBannerPart: UiPart<'helpBanner'> = { key: 'helpBanner', en: enUi.helpBanner, translations: TRANSLATES_IN_BROWSER ? { es: es.esHelpBanner } : {} };
export const checklistPart: UiPart<'checklist'> = { key: 'checklist', en: enUi.checklist, translations: TRANSLATES_IN_BROWSER ? { es: es.esChecklist } : {} };
export const timelinePart: UiPart<'timeline'> = { key: 'timeline', en: enUi.timeline, translations: TRANSLATES_IN_BROWSER ? { es: es.esTimeline } : {} };
export const substanceFactsPart: UiPart<'substanceFacts'> = { key: 'substanceFacts', en: enUi.substanceFacts, translations: TRANSLATES_IN_BROWSER ? { es: es.esSubstanceFacts } : {} };
export const dependenceCyclePart: UiPart<'dependenceCycle'> = { key: 'dependenceCycle', en: enUi.dependenceCycle, translations: TRANSLATES_IN_BROWSER ? { es: es.esDependenceCycle } : {} };
export const supportTipsPart: UiPart<'supportTips'> = { key: 'supportTips', en: enUi.supportTips, translations: TRANSLATES_IN_BROWSER ? { es: es.esSupportTips } : {} };
export const statCardsPart: UiPart<'statCards'> = { key: 'statCards', en: enUi.statCards, translations: TRANSLATES_IN_BROWSER ? { es: es.esStatCards } : {} };
