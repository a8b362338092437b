/**
 * `import 'recovery-widgets/help-banner.js'` registers `<rw-help-banner>` on its own.
 */
import { RwHelpBanner } from './components/help-banner/help-banner.js';
import { defineElements } from './internal/define.js';

defineElements({ 'rw-help-banner': RwHelpBanner });

export { RwHelpBanner };
export type { RwDismissDetail } from './components/help-banner/help-banner.js';
export type { RwCallDetail } from './internal/element.js';
