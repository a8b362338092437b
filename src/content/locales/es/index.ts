import { SHIPS_ALCOHOL, SHIPS_BENZODIAZEPINES, SHIPS_OPIOIDS } from '../../shipped.js';
import type { LocaleText } from '../index.js';
import { alcoholEs } from './alcohol.js';
import { alprazolamEs } from './alprazolam.js';
import { cageAidEs } from './cage-aid.js';
import { clonazepamEs } from './clonazepam.js';
import { fentanylEs, heroinEs, opioidsEs, oxycodoneEs } from './opioid.js';
import { esUi } from './ui.js';

/** Spanish (US, for a Latin American audience): the UI strings, each pack's text and CAGE-AID. */
export const es = {
  ui: esUi,
  packs: {
    ...(SHIPS_BENZODIAZEPINES ? { clonazepam: clonazepamEs, alprazolam: alprazolamEs } : {}),
    ...(SHIPS_ALCOHOL ? { alcohol: alcoholEs } : {}),
    ...(SHIPS_OPIOIDS ? { opioids: opioidsEs, fentanyl: fentanylEs, heroin: heroinEs, oxycodone: oxycodoneEs } : {}),
  },
  instruments: { 'cage-aid': cageAidEs },
} satisfies LocaleText;
