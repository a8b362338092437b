/**
 * `import 'recovery-widgets/dependence-cycle.js'` registers `<rw-dependence-cycle>` on its own.
 */
import { RwDependenceCycle } from './components/dependence-cycle/dependence-cycle.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-dependence-cycle': RwDependenceCycle });

export { RwDependenceCycle };
export type { RwCallDetail } from './internal/element.js';
