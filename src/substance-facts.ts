/**
 * `import 'recovery-widgets/substance-facts.js'` registers `<rw-substance-facts>` on its own.
 */
import { RwSubstanceFacts } from './components/substance-facts/substance-facts.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-substance-facts': RwSubstanceFacts });

export { RwSubstanceFacts };
export type { RwCallDetail } from './internal/element.js';
