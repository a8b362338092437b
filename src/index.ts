/**
 * The kit: registers every element once. Built into `dist/recovery-widgets.js`, the one script
 * partners add to their pages.
 */
import { RwDependenceCycle } from './components/dependence-cycle/dependence-cycle.js';
import { RwHelpBanner } from './components/help-banner/help-banner.js';
import { RwStatCards } from './components/stat-cards/stat-cards.js';
import { RwSubstanceFacts } from './components/substance-facts/substance-facts.js';
import { RwSupportTips } from './components/support-tips/support-tips.js';
import { RwSymptomChecklist } from './components/symptom-checklist/symptom-checklist.js';
import { RwTreatmentTimeline } from './components/treatment-timeline/treatment-timeline.js';
import { defineElements } from './internal/define.js';
import { VERSION } from './internal/version.js';
import type { WidgetTag } from './internal/widgets.js';

// `satisfies`: TypeScript fails here if a tag of WIDGET_TAGS is missing or one is not in it.
defineElements({
  'rw-help-banner': RwHelpBanner,
  'rw-symptom-checklist': RwSymptomChecklist,
  'rw-treatment-timeline': RwTreatmentTimeline,
  'rw-substance-facts': RwSubstanceFacts,
  'rw-dependence-cycle': RwDependenceCycle,
  'rw-support-tips': RwSupportTips,
  'rw-stat-cards': RwStatCards,
} satisfies Record<WidgetTag, CustomElementConstructor>);

export {
  RwDependenceCycle,
  RwHelpBanner,
  RwStatCards,
  RwSubstanceFacts,
  RwSupportTips,
  RwSymptomChecklist,
  RwTreatmentTimeline,
  VERSION,
};
export type { RwDismissDetail } from './components/help-banner/help-banner.js';
export type { RwResultDetail } from './components/symptom-checklist/symptom-checklist.js';
export type { RwStageToggleDetail } from './components/treatment-timeline/treatment-timeline.js';
export type { RwCallDetail } from './internal/element.js';
export type { Pack } from './content/types.js';
