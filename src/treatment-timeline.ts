/**
 * `import 'recovery-widgets/treatment-timeline.js'` registers `<rw-treatment-timeline>` on its own.
 */
import { RwTreatmentTimeline } from './components/treatment-timeline/treatment-timeline.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-treatment-timeline': RwTreatmentTimeline });

export { RwTreatmentTimeline };
export type { RwStageToggleDetail } from './components/treatment-timeline/treatment-timeline.js';
export type { RwCallDetail } from './internal/element.js';
