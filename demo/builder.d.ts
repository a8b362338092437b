// Types for test/e2e/builder.test.ts, which calls the builder's functions directly.
import type { PhoneNumber } from '../src/internal/phone.js';

export declare const INTEGRITY_URL: string;
export declare function checkPhone(value: string): { phone: PhoneNumber; error?: undefined } | { phone?: undefined; error: string };
export declare function checkScriptUrl(value: string): { url: string; error?: undefined } | { url?: undefined; error: string };
export declare function checkRelease(scriptUrl: string, version: string): { error?: string };
export declare function readIntegrity(url?: string): Promise<{ hash: string; version: string; problem?: undefined } | { hash?: undefined; problem: string }>;
export interface SnippetChoices {
  widgets: string[];
  phone: PhoneNumber;
  scriptUrl: string;
  integrity?: string;
  lang: string;
  substance?: string;
  mode?: string;
  audience?: string;
  preset?: string;
  theme?: string;
  accent?: string;
}
export declare function buildSnippet(choices: SnippetChoices): string;
