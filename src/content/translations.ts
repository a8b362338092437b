import type { LocaleText } from './locales/index.js';
import { es } from './locales/es/index.js';
import { SHIPS_SPANISH } from './shipped.js';

/** Everything each other language translates: UI strings, packs and instruments, by language subtag (those this build ships, see `shipped.ts`). */
export const translations: Readonly<Record<string, LocaleText>> = SHIPS_SPANISH ? { es } : {};
