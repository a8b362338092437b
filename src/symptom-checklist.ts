/**
 * `import 'recovery-widgets/symptom-checklist.js'` registers `<rw-symptom-checklist>` on its own.
 */
import { RwSymptomChecklist } from './components/symptom-checklist/symptom-checklist.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-symptom-checklist': RwSymptomChecklist });

export { RwSymptomChecklist };
export type { RwResultDetail } from './components/symptom-checklist/symptom-checklist.js';
export type { RwCallDetail } from './internal/element.js';
