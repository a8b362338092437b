/**
 * React components for every widget: `import { RwHelpBanner } from 'recovery-widgets/react'`.
 *
 * Each one renders its custom element, passes props to the element's properties (`phone`,
 * `noEmergency`, …) and calls event props (`onRwCall`, `onRwDismiss`, `onRwResult`,
 * `onRwStageToggle`) for our `rw-*` events. Children are the element's authored children, as in
 * HTML. Importing this module registers all seven elements. Needs `react` and `@lit/react`
 * (peer dependencies of the package); the one script, dist/recovery-widgets.js, has no React in it.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  RwDependenceCycle as DependenceCycleElement,
  RwHelpBanner as HelpBannerElement,
  RwStatCards as StatCardsElement,
  RwSubstanceFacts as SubstanceFactsElement,
  RwSupportTips as SupportTipsElement,
  RwSymptomChecklist as SymptomChecklistElement,
  RwTreatmentTimeline as TreatmentTimelineElement,
  type RwCallDetail,
  type RwDismissDetail,
  type RwResultDetail,
  type RwStageToggleDetail,
} from './index.js';

export type { RwCallDetail, RwDismissDetail, RwResultDetail, RwStageToggleDetail };

/** Every widget's links fire `rw-call`. */
const callEvents = { onRwCall: 'rw-call' as EventName<CustomEvent<RwCallDetail>> };

export const RwHelpBanner = createComponent({
  react: React,
  tagName: 'rw-help-banner',
  elementClass: HelpBannerElement,
  events: { ...callEvents, onRwDismiss: 'rw-dismiss' as EventName<CustomEvent<RwDismissDetail>> },
});

export const RwSymptomChecklist = createComponent({
  react: React,
  tagName: 'rw-symptom-checklist',
  elementClass: SymptomChecklistElement,
  events: { ...callEvents, onRwResult: 'rw-result' as EventName<CustomEvent<RwResultDetail>> },
});

export const RwTreatmentTimeline = createComponent({
  react: React,
  tagName: 'rw-treatment-timeline',
  elementClass: TreatmentTimelineElement,
  events: { ...callEvents, onRwStageToggle: 'rw-stage-toggle' as EventName<CustomEvent<RwStageToggleDetail>> },
});

export const RwSubstanceFacts = createComponent({
  react: React,
  tagName: 'rw-substance-facts',
  elementClass: SubstanceFactsElement,
  events: callEvents,
});

export const RwDependenceCycle = createComponent({
  react: React,
  tagName: 'rw-dependence-cycle',
  elementClass: DependenceCycleElement,
  events: callEvents,
});

export const RwStatCards = createComponent({
  react: React,
  tagName: 'rw-stat-cards',
  elementClass: StatCardsElement,
  events: callEvents,
});

export const RwSupportTips = createComponent({
  react: React,
  tagName: 'rw-support-tips',
  elementClass: SupportTipsElement,
  events: callEvents,
});
