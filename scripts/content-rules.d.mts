/** Types for scripts/content-rules.mjs, the plain-language content check. */

export interface ContentCheckOptions {
  /** Names the tree in problems reported at its root. */
  name?: string;
  /** Wording quoted from a published instrument: long sentences become notes, not problems. */
  verbatim?: boolean;
}

export interface ContentCheckResult {
  name: string;
  /** Each one fails the check: `path: what is wrong`. */
  problems: string[];
  /** Reported but never failing (long sentences in verbatim wording). */
  notes: string[];
  /** Every sentence read, in order. */
  sentences: string[];
  /** Flesch-Kincaid grade of `sentences`, to 1 decimal (0 when there are none). */
  grade: number;
}

export const MAX_SENTENCE_WORDS: number;
export function checkContent(root: unknown, options?: ContentCheckOptions): ContentCheckResult;
export function splitSentences(text: string): string[];
export function wordsOf(sentence: string): string[];
export function syllables(word: string): number;
export function fleschKincaidGrade(sentences: string[]): number;
