/**
 * `import 'recovery-widgets/support-tips.js'` registers `<rw-support-tips>` on its own.
 */
import { RwSupportTips } from './components/support-tips/support-tips.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-support-tips': RwSupportTips });

export { RwSupportTips };
export type { RwCallDetail } from './internal/element.js';
