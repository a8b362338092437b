import { FAMILY } from '../../shipped.js';
import type { LocaleText } from '../index.js';
import { alprazolamEs } from './alprazolam.js';
import { cageAidEs } from './cage-aid.js';
import { clonazepamEs } from './clonazepam.js';
import { esUi } from './ui.js';

/** Whether this build ships the benzodiazepine packs (see `../../shipped.ts`). */
const BENZODIAZEPINES = FAMILY === 'all' || FAMILY === 'benzodiazepine';

/** Spanish (US, for a Latin American audience): the UI strings, each pack's text and CAGE-AID. */
export const es = {
  ui: esUi,
  packs: { ...(BENZODIAZEPINES ? { clonazepam: clonazepamEs, alprazolam: alprazolamEs } : {}) },
  instruments: { 'cage-aid': cageAidEs },
} satisfies LocaleText;
