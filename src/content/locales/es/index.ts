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
    clonazepam: clonazepamEs,
    alprazolam: alprazolamEs,
    alcohol: alcoholEs,
    opioids: opioidsEs,
    fentanyl: fentanylEs,
    heroin: heroinEs,
    oxycodone: oxycodoneEs,
  },
  instruments: { 'cage-aid': cageAidEs },
} satisfies LocaleText;
