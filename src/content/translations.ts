import type { LocaleText } from './locales/index.js';
import { es } from './locales/es/index.js';
import { TRANSLATES_IN_BROWSER } from './shipped.js';

/** Everything each other language translates: UI strings, packs and instruments, by language subtag (those this build ships, see `shipped.ts`). */
export const translations: Readonly<Record<string, LocaleText>> = TRANSLATES_IN_BROWSER ? { es } : {};
