/**
 * Every widget in every state the accessibility suite (test/accessibility.test.ts) checks, in one
 * table. A new widget or state is covered by adding a row here: the suite runs every check on
 * every row, in English and in Spanish.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Updatable } from '../widgets.js';

export interface A11yState {
  /** Says what is on screen, e.g. "checklist: emergency card shown"; it names the tests. */
  name: string;
  /** The element as a partner writes it: its attributes and light DOM. */
  markup: string;
  /** CSS for the page around the widget, e.g. a dark page for theme="dark". */
  page?: string;
  /** The viewport the row is checked in, when its state needs one (a sticky banner sticks only on a phone). */
  viewport?: { width: number; height: number };
  /** The keys a reader presses to bring the widget into this state (it is mounted in its default state). */
  reach?: (el: Updatable) => Promise<void>;
  /** The control that must hold focus once the state is reached (after a dismiss or a clear: focus is never lost). */
  focus?: string;
  /** Something open in this state: Escape pressed inside it must close it and keep focus on its control. */
  escape?: string;
}

/** A phone's viewport, for states only a narrow screen shows. */
const PHONE = { width: 360, height: 640 };

/** A dark page, for widgets with theme="dark". */
const DARK_PAGE = 'background: #121212; color: #e6e6e6; color-scheme: dark';

/**
 * Focuses the `index`th control matching `selector` in the widget and presses `key`, as a keyboard
 * user would (Space checks a box or presses a button, Enter opens a disclosure).
 */
async function press(el: Updatable, selector: string, key: 'Space' | 'Enter', index = 0): Promise<void> {
  const control = el.shadowRoot!.querySelectorAll<HTMLElement>(selector)[index];
  expect(control, `${selector} number ${index + 1}`).to.exist;
  control.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Checks the `index`th box of the `group`th fieldset (0: danger signs, 1: withdrawal, 2: behaviours) with Space. */
async function check(el: Updatable, group: number, index: number): Promise<void> {
  const box = el.shadowRoot!.querySelectorAll('fieldset')[group].querySelectorAll('input')[index];
  box.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  expect(box.checked, `box ${index + 1} of group ${group + 1} checked by Space`).to.equal(true);
}

/** Answers CAGE-AID question `question` (0-based) with Yes or No, pressing Space on that radio. */
async function answer(el: Updatable, question: number, yes: boolean): Promise<void> {
  const radio = el.shadowRoot!.querySelectorAll('fieldset')[question].querySelectorAll('input')[yes ? 0 : 1];
  radio.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  expect(radio.checked, `question ${question + 1} answered by Space`).to.equal(true);
}

/** An open timeline stage: its list item, while its toggle says it is expanded. */
const OPEN_STAGE = 'li.stage:has([aria-expanded="true"])';

export const A11Y_STATES: A11yState[] = [
  // Help banner
  { name: 'banner: inline', markup: '<rw-help-banner></rw-help-banner>' },
  { name: 'banner: sticky, on a phone', markup: '<rw-help-banner variant="sticky"></rw-help-banner>', viewport: PHONE },
  { name: 'banner: with sms and hours', markup: '<rw-help-banner sms="555-010-2000" hours="Open 24/7"></rw-help-banner>' },
  { name: 'banner: dismissible', markup: '<rw-help-banner dismissible substance="alprazolam"></rw-help-banner>' },
  {
    name: 'banner: dismissed',
    markup: '<rw-help-banner variant="sticky" dismissible sms="555-010-2000"></rw-help-banner>',
    reach: (el) => press(el, '[part~="dismiss"]', 'Space'),
    focus: '[part~="call"]',
  },
  { name: 'banner: no-emergency', markup: '<rw-help-banner no-emergency dismissible></rw-help-banner>' },

  // Symptom checklist, signs mode
  { name: 'checklist: signs, self', markup: '<rw-symptom-checklist></rw-symptom-checklist>' },
  { name: 'checklist: signs, loved one', markup: '<rw-symptom-checklist audience="loved-one" substance="alprazolam"></rw-symptom-checklist>' },
  {
    name: 'checklist: withdrawal result',
    markup: '<rw-symptom-checklist></rw-symptom-checklist>',
    reach: (el) => check(el, 1, 0),
  },
  {
    name: 'checklist: several warning signs',
    markup: '<rw-symptom-checklist audience="loved-one"></rw-symptom-checklist>',
    reach: async (el) => {
      for (const index of [0, 1, 2]) await check(el, 2, index);
    },
  },
  {
    name: 'checklist: emergency card shown',
    markup: '<rw-symptom-checklist substance="alprazolam"></rw-symptom-checklist>',
    reach: (el) => check(el, 0, 0),
  },
  {
    name: 'checklist: cleared',
    markup: '<rw-symptom-checklist></rw-symptom-checklist>',
    reach: async (el) => {
      await check(el, 2, 0);
      await press(el, '[part~="clear"]', 'Enter');
    },
    focus: 'input',
  },

  // Symptom checklist, CAGE-AID mode
  { name: 'cage-aid: self', markup: '<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>' },
  { name: 'cage-aid: loved one', markup: '<rw-symptom-checklist mode="cage-aid" audience="loved-one"></rw-symptom-checklist>' },
  {
    name: 'cage-aid: answered, "About this screen" open',
    markup: '<rw-symptom-checklist mode="cage-aid" substance="alprazolam"></rw-symptom-checklist>',
    reach: async (el) => {
      for (const [question, yes] of [true, true, false, false].entries()) await answer(el, question, yes);
      await press(el, 'summary', 'Enter');
    },
    escape: 'details[open]',
  },

  // Treatment timeline
  { name: 'timeline: program', markup: '<rw-treatment-timeline></rw-treatment-timeline>' },
  { name: 'timeline: outpatient taper', markup: '<rw-treatment-timeline preset="outpatient-taper" substance="alprazolam"></rw-treatment-timeline>' },
  { name: 'timeline: current stage', markup: '<rw-treatment-timeline current="residential"></rw-treatment-timeline>' },
  { name: 'timeline: expanded', markup: '<rw-treatment-timeline expanded current="2"></rw-treatment-timeline>', escape: OPEN_STAGE },
  {
    name: 'timeline: one stage opened',
    markup: '<rw-treatment-timeline preset="outpatient-taper"></rw-treatment-timeline>',
    reach: (el) => press(el, '[part~="toggle"]', 'Enter', 1),
    escape: OPEN_STAGE,
  },

  // Substance facts
  { name: 'facts: clonazepam', markup: '<rw-substance-facts></rw-substance-facts>' },
  {
    name: 'facts: alprazolam, sources open',
    markup: '<rw-substance-facts substance="alprazolam"></rw-substance-facts>',
    reach: (el) => press(el, 'summary', 'Enter'),
    escape: 'details[open]',
  },

  // Dependence cycle, stat cards, support tips
  { name: 'dependence cycle', markup: '<rw-dependence-cycle></rw-dependence-cycle>' },
  { name: 'stat cards: the pack\'s figures', markup: '<rw-stat-cards substance="alprazolam"></rw-stat-cards>' },
  {
    name: 'stat cards: partner JSON',
    markup:
      '<rw-stat-cards heading="Our patients in 2024"><script type="application/json">[' +
      '{"figure": "1 in 3", "label": "of our patients start with an outpatient taper", "year": "2024",' +
      ' "source": {"title": "Annual report", "url": "https://example.org/annual-report"}},' +
      '{"figure": "92%", "label": "would recommend us to a friend", "year": 2024, "source": "Exit survey"},' +
      '{"figure": "14", "label": "peer support groups each week"}' +
      ']</script></rw-stat-cards>',
  },
  { name: 'support tips', markup: '<rw-support-tips></rw-support-tips>' },

  // The alcohol and opioid families: their own states (the overdose card, the risk questions, the
  // urgent note, the timeline's note, the stat cards' definitions), some in a theme.
  { name: 'banner: substance="opioids"', markup: '<rw-help-banner substance="opioids"></rw-help-banner>' },
  {
    name: 'checklist: alcohol, withdrawal result with the urgent note',
    markup: '<rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>',
    reach: (el) => check(el, 1, 0),
  },
  {
    name: 'checklist: alcohol, loved one, emergency card shown',
    markup: '<rw-symptom-checklist substance="alcohol" audience="loved-one"></rw-symptom-checklist>',
    reach: (el) => check(el, 0, 1),
  },
  {
    name: 'checklist: opioids, overdose card shown',
    markup: '<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>',
    reach: (el) => check(el, 0, 1),
  },
  {
    name: 'checklist: theme="dark" on a dark page, fentanyl, a risk question checked',
    markup: '<rw-symptom-checklist theme="dark" substance="fentanyl"></rw-symptom-checklist>',
    page: DARK_PAGE,
    reach: (el) => check(el, 1, 3),
  },
  { name: 'timeline: alcohol, expanded', markup: '<rw-treatment-timeline substance="alcohol" expanded></rw-treatment-timeline>', escape: OPEN_STAGE },
  { name: 'timeline: opioids, current stage, with its note', markup: '<rw-treatment-timeline substance="opioids" current="medication"></rw-treatment-timeline>' },
  { name: 'facts: alcohol', markup: '<rw-substance-facts substance="alcohol"></rw-substance-facts>' },
  {
    name: 'facts: theme="dark" on a dark page, fentanyl, sources open',
    markup: '<rw-substance-facts theme="dark" substance="fentanyl"></rw-substance-facts>',
    page: DARK_PAGE,
    reach: (el) => press(el, 'summary', 'Enter'),
    escape: 'details[open]',
  },
  { name: 'dependence cycle: opioids', markup: '<rw-dependence-cycle substance="opioids"></rw-dependence-cycle>' },
  { name: 'stat cards: alcohol', markup: '<rw-stat-cards substance="alcohol"></rw-stat-cards>' },
  { name: 'stat cards: theme="light", oxycodone, with the note', markup: '<rw-stat-cards theme="light" substance="oxycodone"></rw-stat-cards>' },
  { name: 'support tips: alcohol', markup: '<rw-support-tips substance="alcohol"></rw-support-tips>' },
  { name: 'support tips: theme="dark" on a dark page, heroin', markup: '<rw-support-tips theme="dark" substance="heroin"></rw-support-tips>', page: DARK_PAGE },

  // Each widget once in each explicit theme: dark on a dark page, light on the default page. Each
  // takes a busy state of its widget, so the theme's colours meet the most parts.
  {
    name: 'banner: theme="dark" on a dark page, dismissible, with sms and hours',
    markup: '<rw-help-banner theme="dark" dismissible sms="555-010-2000" hours="Open 24/7"></rw-help-banner>',
    page: DARK_PAGE,
  },
  { name: 'banner: theme="light", sticky, on a phone', markup: '<rw-help-banner theme="light" variant="sticky"></rw-help-banner>', viewport: PHONE },
  {
    name: 'checklist: theme="dark" on a dark page, emergency card shown',
    markup: '<rw-symptom-checklist theme="dark"></rw-symptom-checklist>',
    page: DARK_PAGE,
    reach: (el) => check(el, 0, 1),
  },
  {
    name: 'cage-aid: theme="light", answered',
    markup: '<rw-symptom-checklist theme="light" mode="cage-aid"></rw-symptom-checklist>',
    reach: async (el) => {
      for (const [question, yes] of [false, true, false, false].entries()) await answer(el, question, yes);
    },
  },
  {
    name: 'timeline: theme="dark" on a dark page, current stage, one stage opened',
    markup: '<rw-treatment-timeline theme="dark" current="3"></rw-treatment-timeline>',
    page: DARK_PAGE,
    reach: (el) => press(el, '[part~="toggle"]', 'Enter', 2),
    escape: OPEN_STAGE,
  },
  { name: 'timeline: theme="light", expanded', markup: '<rw-treatment-timeline theme="light" expanded preset="outpatient-taper"></rw-treatment-timeline>' },
  {
    name: 'facts: theme="dark" on a dark page, sources open',
    markup: '<rw-substance-facts theme="dark"></rw-substance-facts>',
    page: DARK_PAGE,
    reach: (el) => press(el, 'summary', 'Enter'),
    escape: 'details[open]',
  },
  { name: 'facts: theme="light"', markup: '<rw-substance-facts theme="light" substance="alprazolam"></rw-substance-facts>' },
  { name: 'dependence cycle: theme="dark" on a dark page', markup: '<rw-dependence-cycle theme="dark"></rw-dependence-cycle>', page: DARK_PAGE },
  { name: 'dependence cycle: theme="light"', markup: '<rw-dependence-cycle theme="light"></rw-dependence-cycle>' },
  { name: 'stat cards: theme="dark" on a dark page', markup: '<rw-stat-cards theme="dark"></rw-stat-cards>', page: DARK_PAGE },
  {
    name: 'stat cards: theme="light", partner JSON',
    markup: '<rw-stat-cards theme="light"><script type="application/json">[{"figure": "92%", "label": "would recommend us", "source": "Exit survey"}]</script></rw-stat-cards>',
  },
  { name: 'support tips: theme="dark" on a dark page', markup: '<rw-support-tips theme="dark"></rw-support-tips>', page: DARK_PAGE },
  { name: 'support tips: theme="light"', markup: '<rw-support-tips theme="light"></rw-support-tips>' },
];
