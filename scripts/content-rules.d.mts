/** Types for scripts/content-rules.mjs, the plain-language content check. */

export interface ContentCheckOptions {
  /** Names the tree in problems reported at its root. */
  name?: string;
  /** Wording quoted from a published instrument: long sentences become notes, not problems. */
  verbatim?: boolean;
  /** Which stigma words and readability formula apply; English by default. */
  language?: 'en' | 'es';
}

export interface Readability {
  formula: string;
  score: number;
  /** English: a grade at most 8. Spanish: an INFLESZ ease at least 55. */
  aim: number;
  meetsAim: boolean;
}

export interface ContentCheckResult {
  name: string;
  /** Each one fails the check: `path: what is wrong`. */
  problems: string[];
  /** Reported but never failing (long sentences in verbatim wording, second-hand sources kept for now). */
  notes: string[];
  /** Every sentence read, in order. */
  sentences: string[];
  /** Flesch-Kincaid grade (English) or Szigriszt-Pazos ease (Spanish) of `sentences`. */
  readability: Readability;
}

export const MAX_SENTENCE_WORDS: number;
/** Hosts that repost primary material: a source there is a problem. */
export const SECOND_HAND_HOSTS: string[];
/** Second-hand hosts still cited, with the reason: a source there is a note. */
export const SECOND_HAND_KEPT: Record<string, string>;
export function checkContent(root: unknown, options?: ContentCheckOptions): ContentCheckResult;
export function splitSentences(text: string): string[];
export function wordsOf(sentence: string): string[];
export function syllables(word: string): number;
export function fleschKincaidGrade(sentences: string[]): number;
export function syllablesEs(word: string): number;
export function szigrisztPazos(sentences: string[]): number;
export function readability(sentences: string[], language: 'en' | 'es'): Readability;
