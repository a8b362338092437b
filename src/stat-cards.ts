/**
 * `import 'recovery-widgets/stat-cards.js'` registers `<rw-stat-cards>` on its own.
 */
import { RwStatCards } from './components/stat-cards/stat-cards.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-stat-cards': RwStatCards });

export { RwStatCards };
export type { RwCallDetail } from './internal/element.js';
