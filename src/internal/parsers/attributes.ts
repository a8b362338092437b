import { PRESETS, type Pack, type Preset, type Stage } from '../../content/types.js';
import type { Parsed, Problem } from './problem.js';

/*
 * Attribute values partners write, turned into values the widgets use. Pure: no DOM, no console.
 */

/** `value` when it is one of `allowed`; otherwise `fallback`, with a problem if it was set. */
export function oneOf<T extends string, F extends string = T>(name: string, value: string | undefined, allowed: readonly T[], fallback: F): Parsed<T | F> {
  if (value == null || (allowed as readonly string[]).includes(value)) return { value: (value as T) ?? fallback, problems: [] };
  return { value: fallback, problems: [{ name, value, consequence: `is not one of ${allowed.join(', ')}; using ${fallback}.` }] };
}

/** `preset`: one of PRESETS that the pack has a path for; otherwise `program`, the path every family has. */
export function parsePreset(value: string | undefined, pack: Pick<Pack, 'names' | 'pathways'>): Parsed<Preset> {
  const { value: preset, problems } = oneOf('preset', value, PRESETS, 'program');
  if (pack.pathways[preset]) return { value: preset, problems };
  return { value: 'program', problems: [{ name: 'preset', value: preset, consequence: `is not a path for ${pack.names.generic}; using program.` }] };
}

/** `threshold`: a whole number among `allowed` (those with published accuracy), else `fallback`. */
export function parseThreshold(value: string | undefined, allowed: number[], fallback: number): Parsed<number> {
  if (value == null) return { value: fallback, problems: [] };
  const number = Number(value.trim());
  if (/^\s*\d+\s*$/.test(value) && allowed.includes(number)) return { value: number, problems: [] };
  const consequence = `is not a threshold with published accuracy (${allowed.join(' or ')}); using ${fallback}.`;
  return { value: fallback, problems: [{ name: 'threshold', value, consequence }] };
}

/** `stages` with the partner's `durations` (a JSON object of stage id → duration text) applied. */
export function parseDurations(value: string | undefined, stages: Stage[]): Parsed<Stage[]> {
  if (value == null) return { value: stages, problems: [] };
  let given: unknown;
  try {
    given = JSON.parse(value);
  } catch {
    given = undefined;
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    const consequence = 'is not a JSON object such as {"detox": "2 to 6 months"}; using the default durations.';
    return { value: stages, problems: [{ name: 'durations', value, consequence }] };
  }
  const durations = given as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const [id, text] of Object.entries(durations)) {
    if (!stages.some((stage) => stage.id === id) || typeof text !== 'string' || !text.trim()) {
      const consequence = `gives ${JSON.stringify(id)} no usable duration text for a stage of this timeline; that entry is ignored.`;
      problems.push({ name: 'durations', value, consequence });
    }
  }
  const withDurations = stages.map((stage) => {
    const text = durations[stage.id];
    return typeof text === 'string' && text.trim() ? { ...stage, duration: text.trim() } : stage;
  });
  return { value: withDurations, problems };
}

/**
 * `current`: a stage id (`detox`) or a 1-based number (`2`); -1 marks none. While the page is
 * `parsing`, authored stages may not all be there yet, so a miss is not a problem until it is done.
 */
export function parseCurrent(value: string | undefined, stages: Stage[], parsing: boolean): Parsed<number> {
  if (value == null) return { value: -1, problems: [] };
  const text = value.trim();
  const index = /^\d+$/.test(text) ? Number(text) - 1 : stages.findIndex((stage) => stage.id === text);
  if (index >= 0 && index < stages.length) return { value: index, problems: [] };
  if (parsing) return { value: -1, problems: [] };
  const ids = stages.map((stage) => stage.id).join(', ');
  const consequence = `is not a stage of this timeline (1 to ${stages.length}, or ${ids}); no stage is marked.`;
  return { value: -1, problems: [{ name: 'current', value, consequence }] };
}
