/*
 * Every string the widgets show or announce, in English: `common`, then one part per widget, so a
 * widget's module carries only the parts it shows. Other languages translate each part
 * (`Translation<UiStrings['…']>`, see `locales/es/ui.ts`); what they leave out stays in English.
 */

const call = (number: string) => `Call ${number}`;
const text = (number: string) => `Text ${number}`;
const textLower = (number: string) => `text ${number}`;

/** Shared by every widget: call links and the emergency line. */
export const common = {
  call,
  text,
  textLower,
  /**
   * The 988 crisis line's links. In another language they also say how to reach it in that
   * language (Spanish: "press 2", "text AYUDA"; clinical-notes.md §3).
   */
  crisisCall: call,
  crisisText: text,
  crisisTextLower: textLower,
  /** The text message the crisis link starts with: the keyword for the reader's language, if any. */
  crisisTextBody: '',
  emergencyLead: 'In danger now?',
  crisisLead: 'In crisis or thinking about suicide?',
  or: 'or',
  referralLead: 'Free, confidential treatment referral from the SAMHSA National Helpline:',
  /** The source of a partner's own list: their site's name, or '' when unknown. */
  providedBy: (site: string) => `Provided by ${site || 'this site'}`,
  /** The source disclosure's summary. */
  references: (count: number) => `Sources (${count})`,
};

export const helpBanner = {
  heading: 'Get help now',
  close: 'Close help banner',
  /**
   * Whose line the call link dials: the center's, never a line a reader could take for a national
   * one (clinical-notes.md §4 row 17). `center` is the partner's `center` attribute, or ''.
   */
  lineName: (center: string) => (center ? `${center} admissions` : 'Treatment center line'),
};

export const checklist = {
  heading: {
    self: (substance: string) => `Check for signs of a problem with ${substance}`,
    lovedOne: (substance: string) => `Worried about someone's ${substance} use?`,
  },
  intro: {
    self: 'Check any that apply. This is a screen, not a diagnosis.',
    lovedOne: 'Check any that apply to your loved one. This is a screen, not a diagnosis.',
  },
  privacy:
    'Your answers stay in your browser. They are not saved or sent anywhere. The site can learn only which kind of result you got, never your answers.',
  dangerLegend: {
    self: 'First: is any of this happening now, or has it happened since you cut down?',
    lovedOne: 'First: is any of this happening to your loved one now, or has it happened since they cut down?',
  },
  withdrawalLegend: {
    self: 'When you miss a dose or take less, do you get any of these?',
    lovedOne: 'When they miss a dose or take less, do they get any of these?',
  },
  behavioursLegend: {
    self: 'Do any of these sound like you?',
    lovedOne: 'Have you noticed your loved one doing any of these?',
  },
  customLegend: {
    self: 'Do any of these apply to you?',
    lovedOne: 'Do any of these apply to your loved one?',
  },
  /** Graded guidance: a short title, then the next step. The call link follows. */
  result: {
    self: {
      none: ['No signs checked.', "If you are still worried, it's OK to ask. Talk to your prescriber, or call the number below."],
      withdrawal: [
        'You checked withdrawal symptoms.',
        'On their own, they can be a sign of physical dependence, which is common and is not addiction. Talk to your prescriber about them, and never stop suddenly.',
      ],
      some: ['You checked a few warning signs.', 'They are worth talking about. Talk to your prescriber soon, or call the number below to talk it through.'],
      several: ['You checked several warning signs.', "Please get support soon. Talk to your prescriber, or call the number below today. You don't have to do this alone."],
    },
    lovedOne: {
      none: ['No signs checked.', "If you are still worried about your loved one, it's OK to ask. You can call the number below for advice, even if they are not ready to."],
      withdrawal: [
        'You checked withdrawal symptoms.',
        'On their own, they can be a sign of physical dependence, which is common and is not addiction. Encourage your loved one to talk to their prescriber, and never to stop suddenly.',
      ],
      some: ['You checked a few warning signs.', 'They are worth talking about. Encourage your loved one to talk to their prescriber. You can call the number below for advice on how to start.'],
      several: ['You checked several warning signs.', "Your loved one may need support soon. Encourage them to talk to their prescriber, and call the number below today for advice. You don't have to do this alone."],
    },
  },
  /** After the guidance: the path for readers who have no prescriber (misuse without a prescription is common). */
  noPrescription: {
    self: 'No prescription of your own? Talk with a doctor, or call the free SAMHSA National Helpline below.',
    lovedOne: 'No prescription of their own? They can talk with a doctor, and you can call the free SAMHSA National Helpline below.',
  },
  emergencyHeading: 'Get emergency help now',
  cageAid: {
    heading: {
      self: 'A short screen for alcohol and drug use',
      lovedOne: "A short screen about your loved one's alcohol and drug use",
    },
    intro: 'Answer yes or no to each question. This is a screen, not a diagnosis.',
    proxyNote: 'These questions were written for people to answer about themselves. Answering for someone else gives only a rough guide.',
    /** Shown in a translation: the questions are our translation, and the figures are the English version's. */
    translationNote: '',
    yes: 'Yes',
    no: 'No',
    pending: (total: number) => `Answer all ${total} questions to see the result.`,
    score: (yes: number, total: number) => `You answered yes to ${yes} of ${total} questions.`,
    result: {
      self: {
        positive: 'Your answers suggest a possible problem with alcohol or drug use. A good next step is to talk with your doctor or a specialist, or call the number below.',
        negative: "Your answers don't point to a problem. A short screen can miss one, so if you are still worried, talk with your doctor, or call the number below.",
        oneYes:
          'One "yes" is below the cut-off used here, but some doctors count one "yes" as a reason to talk more. If you are worried, talk with your doctor, or call the number below.',
      },
      lovedOne: {
        positive: 'Your answers suggest your loved one may have a problem with alcohol or drug use. Encourage them to talk with their doctor, and call the number below for advice on how to help.',
        negative: "Your answers don't point to a problem. A short screen can miss one, so if you are still worried about your loved one, call the number below for advice.",
        oneYes:
          'One "yes" is below the cut-off used here, but some doctors count one "yes" as a reason to talk more. If you are worried about your loved one, call the number below for advice.',
      },
    },
    notDiagnosis: 'This is a screen, not a diagnosis.',
    about: 'About this screen',
    aboutText: (name: string, threshold: number) =>
      `${name} is a 4-question screen for alcohol and drug problems. It is not about one medicine in particular. A result counts as positive at ${threshold} or more "yes" answers.`,
    accuracyText: (threshold: number, sensitivity: number, specificity: number) =>
      `At ${threshold} or more "yes" answers, it finds about ${sensitivity} in 100 people who have a problem (sensitivity ${sensitivity}%). It correctly clears about ${specificity} in 100 people who don't (specificity ${specificity}%).`,
  },
  clear: 'Clear my answers',
  cleared: 'Your answers have been cleared.',
  sourcesSummary: 'Sources',
};

export const timeline = {
  heading: {
    program: 'Your path through treatment',
    'outpatient-taper': 'Tapering off, step by step',
  },
  youAreHere: 'You are here',
  duration: 'How long:',
  sourcesLabel: 'Sources:',
  cta: 'Questions about any step? Call for advice.',
};

export const substanceFacts = {
  heading: (generic: string, brand: string) => `About ${generic} (${brand})`,
  sections: {
    whatItIs: (generic: string) => `What is ${generic}?`,
    approvedUses: () => 'What it is approved to treat',
    offLabelUses: () => 'Other uses',
    inTheBody: () => 'How long it stays in the body',
    dependence: () => 'Tolerance and dependence',
    safety: () => 'Staying safe',
  },
  /** Read before each fact's reference numbers. */
  cite: 'Sources',
  cta: 'Questions about your medicine? Call for advice.',
};

export const dependenceCycle = {
  heading: 'How the dependence loop works',
  loopsBack: 'Then the loop starts again at step 1.',
  cta: 'Thinking about stopping? Talk with your prescriber first. Questions about treatment? Call for advice.',
};

export const supportTips = {
  heading: 'Helping a friend or loved one',
  do: 'Do',
  dont: "Don't",
  cta: 'Not sure how to help? Call for advice.',
};

export const statCards = {
  /** The pack's figures (benzodiazepines, national surveys). */
  heading: 'Benzodiazepine use in the U.S.',
  /** A partner's own figures, when the partner sets no heading. */
  partnerHeading: 'By the numbers',
  year: 'Year:',
  sourceLabel: 'Source:',
  sourceNotGiven: 'Source not given',
  cta: 'Worried about yourself or someone you love? Call for advice.',
};

/** All the parts together, for the content check, the tests and the type of a translation. */
export const en = { common, helpBanner, checklist, timeline, substanceFacts, dependenceCycle, supportTips, statCards };

export type UiStrings = typeof en;
