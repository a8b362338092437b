import { lifeline988 } from '../sources.js';
import type { Sign, SourcedText } from '../types.js';

/*
 * Content the families share, in English (Spanish: locales/es/families-shared.ts). The 988 route is
 * every family's, benzodiazepines included; the suicide sign reads as the benzodiazepine packs' does,
 * which cite it as a withdrawal symptom (ASAM Table 3) rather than the 988 page (clinical-notes.md §3).
 */

/** "How long" for a stage whose length no source fixes: the partner can set their own (`durations`). */
export const DEPENDS = 'It depends on your needs. Your care team can tell you more.';

/** Thoughts of suicide: a danger sign in every family; it opens the card, whose 988 route answers it. */
export const suicideSign: Sign = {
  id: 'suicide',
  text: {
    self: 'Thoughts of suicide or of hurting yourself',
    lovedOne: 'Talking about suicide or about hurting themselves',
  },
  source: lifeline988,
};

/** The emergency card's 988 route. */
export const crisisRoute: SourcedText = {
  text: {
    self: 'Thinking about suicide or hurting yourself? Call or text 988 to talk with someone now. Help is available, and things can get better.',
    lovedOne: 'Is your loved one thinking about suicide or hurting themselves? Call or text 988. 988 also helps worried family and friends. Help is available.',
  },
  source: lifeline988,
};
