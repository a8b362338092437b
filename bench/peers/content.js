// The text and styles shared by the three peer implementations (vanilla, Lit, React) of the bench's
// minimal trio: a help banner, a symptom checklist and a treatment timeline. Every peer shows exactly
// this English text, taken from the kit's default English strings and its clonazepam pack, so the
// pages differ only in the code that renders them. One constructable stylesheet per widget, like Lit.

export const HELP_LINE = { href: 'tel:+18443187500', label: 'Call (844) 318-7500' };

/** The quiet emergency line, as a list of text and links (911, 988 call and text). */
export const EMERGENCY = [
  'In danger now? ',
  { href: 'tel:911', label: 'Call 911' },
  '. In crisis or thinking about suicide? ',
  { href: 'tel:988', label: 'Call 988' },
  ' or ',
  { href: 'sms:988', label: 'text 988' },
  '.',
];

export const BANNER = {
  heading: 'Get help now',
};

export const CHECKLIST = {
  heading: 'Check for signs of a problem with clonazepam (Klonopin)',
  intro: 'Check any that apply. This is a screen, not a diagnosis. Your answers stay on this page. They are not saved or sent anywhere.',
  legend: 'When you miss a dose or take less, do you get any of these?',
  items: [
    'Feeling sick to your stomach (nausea)',
    'Headaches',
    'Muscle pain',
    'Feeling irritable or on edge',
    'Trouble concentrating',
    'Panic attacks',
    'Muscle spasms or twitching',
    'More anxiety than before',
  ],
  /** The live result: none checked, or some checked. */
  result: (count) =>
    count === 0
      ? "No signs checked. If you are still worried, it's OK to ask. Talk to your prescriber, or call the number below."
      : `You checked ${count} withdrawal ${count === 1 ? 'symptom' : 'symptoms'}. On their own, they can be a sign of physical dependence, which is common and is not addiction. Talk to your prescriber about them, and never stop suddenly.`,
};

export const TIMELINE = {
  heading: 'Your path through treatment',
  cta: 'Questions about any step? Call for advice.',
  stages: [
    {
      title: 'Medically supervised detox: a slow taper',
      summary: 'Your dose is lowered slowly, with medical care. Never all at once.',
      details: [
        'A prescriber lowers your dose in small steps and checks how you feel after each one.',
        'If withdrawal gets hard, the taper can slow down or pause.',
        'Stopping suddenly can cause seizures. That is why detox from clonazepam is a slow taper, not quitting.',
      ],
    },
    {
      title: 'Inpatient care, when it is needed',
      summary: 'Medical care day and night for people who need it to stay safe.',
      details: [
        'Most people taper as outpatients. Some start in a hospital or inpatient unit instead.',
        'For example: severe or complicated withdrawal, use of other substances, or a health problem that needs close watching.',
        'Medical staff are there 24 hours a day.',
      ],
    },
    {
      title: 'Residential treatment',
      summary: 'Live at the center, with structure and support around the clock.',
      details: [
        'Counseling and group sessions, with 24-hour structure, matched to what you need.',
        'It suits people who need more support than outpatient care can give.',
      ],
    },
    {
      title: 'Case management and life after treatment',
      summary: 'A case manager helps you plan for work, housing and education.',
      details: [
        'Recovery covers your health, a safe place to live, a purpose such as work or school, and people around you.',
        'Your case manager helps you plan each of these before you leave.',
      ],
    },
    {
      title: 'Ongoing support, with family',
      summary: 'Recovery goes on, with support from the people close to you.',
      details: [
        'Check-ins, counseling and support groups help you keep going.',
        'Family members can learn how to help, and get support for themselves.',
        'If symptoms last more than a month after your last dose, talk to a clinician.',
      ],
    },
  ],
};

/** Styles every widget shares: a tinted panel and a filled call button, sized in em. */
const PANEL = `
:host { display: block; margin-block: 1em; }
.panel { padding: 1em; border: 1px solid #1d4ed8; border-radius: 0.5em; background: #f3f6fb; }
h2 { margin: 0 0 0.5em; font-size: 1.25em; }
.call { display: inline-flex; align-items: center; min-height: 2.75em; padding: 0.5em 1em;
  border-radius: 0.5em; background: #1d4ed8; color: #fff; font-weight: 700; text-decoration: none; }
.emergency { font-size: 0.9375em; }
.emergency a { color: inherit; font-weight: 700; }
`;

export const BANNER_CSS = `${PANEL}
.panel { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75em 1.25em; }
h2 { flex: 1 1 12em; margin: 0; }
.emergency { flex: 1 1 100%; margin: 0; }
`;

export const CHECKLIST_CSS = `${PANEL}
fieldset { margin: 1em 0; padding: 0.75em 1em; border: 1px solid #8a94a6; border-radius: 0.5em; }
label { display: flex; gap: 0.5em; align-items: flex-start; padding: 0.25em 0; }
input { width: 1.25em; height: 1.25em; margin: 0.125em 0 0; }
.result { min-height: 1.5em; }
`;

export const TIMELINE_CSS = `${PANEL}
ol { margin: 0; padding: 0; list-style: none; }
li { position: relative; padding: 0 0 1em 2.5em; border-inline-start: 2px solid #8a94a6; margin-inline-start: 1em; }
.marker { position: absolute; inset-inline-start: -1em; display: grid; place-items: center; width: 2em; height: 2em;
  border-radius: 50%; background: #1d4ed8; color: #fff; font-weight: 700; }
h3 { margin: 0; font-size: 1em; }
button { display: flex; gap: 0.5em; align-items: center; width: 100%; min-height: 2.75em; padding: 0.25em 0;
  border: 0; background: none; color: inherit; font: inherit; font-weight: 700; text-align: start; cursor: pointer; }
.summary { margin: 0.25em 0; }
`;

/** One constructable stylesheet per widget, shared by all its instances (what Lit's `css` gives). */
export function sheet(cssText) {
  const result = new CSSStyleSheet();
  result.replaceSync(cssText);
  return result;
}
