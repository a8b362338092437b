import type { Pack, Source } from '../types.js';

const asamTable3: Source = {
  title: 'ASAM Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025), pocket guide, Table 3',
  url: 'https://eguideline.guidelinecentral.com/i/1532950',
};
const useDisorderCriteria: Source = {
  title: 'Sedative, hypnotic or anxiolytic use disorder: diagnostic criteria (PsychDB)',
  url: 'https://www.psychdb.com/addictions/sedative-hypnotics/1-use-disorder',
};
const asamPocketGuide: Source = {
  title: 'ASAM Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025), pocket guide',
  url: 'https://eguideline.guidelinecentral.com/i/1532950',
};
const asamPatientGuide: Source = {
  title: 'ASAM benzodiazepine tapering guideline (2025), patient guide',
  url: 'https://eguideline.guidelinecentral.com/i/1539871',
};
const asamCriteria: Source = {
  title: 'The ASAM Criteria: levels of care (summary)',
  url: 'https://midshorebehavioralhealth.org/glossary/asam-criteria/',
};
const samhsaRecovery: Source = {
  title: "SAMHSA's working definition of recovery: health, home, purpose, community",
  url: 'https://behavioralhealthnews.org/samhsas-working-definition-of-recovery/',
};
const hrsaPoisonHelp: Source = {
  title: 'HRSA Poison Help: "If someone is unconscious or has trouble breathing, call 911"',
  url: 'https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html',
};
const klonopinLabel: Source = {
  title: 'Klonopin prescribing information, boxed warning (DailyMed)',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cfa0d79a-843c-4b88-95a1-e9511d649ca1',
};
const lifeline988: Source = {
  title: '988 Suicide & Crisis Lifeline: what to expect',
  url: 'https://988lifeline.org/get-help/what-to-expect',
};
/** Warning behaviours that are safe, behaviour-based wording but not DSM criteria themselves. */
const factCheckedBehaviour: Source = {
  title: "Warning behaviour from the treatment center's article, kept as behaviour-based wording by our clinical fact-check (not a DSM criterion)",
};
const fdaBoxedWarning: Source = {
  title: 'FDA (2020): boxed warning updated to improve safe use of benzodiazepines',
  url: 'https://www.fda.gov/drugs/fda-drug-safety-podcasts/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
};

/** Clonazepam (Klonopin): the default pack. Helplines follow clinical-notes.md §3. */
export const clonazepam: Pack = {
  id: 'clonazepam',
  names: { generic: 'clonazepam', brands: ['Klonopin'] },
  helplines: {
    help: {
      name: 'Treatment center help line',
      number: '+18443187500',
      source: { title: "The treatment center's published help line (seed article, \"Get help now\")" },
    },
    emergency: {
      name: 'Emergency services',
      number: '911',
      source: hrsaPoisonHelp,
    },
    crisis: {
      name: '988 Suicide & Crisis Lifeline',
      number: '988',
      sms: '988',
      source: lifeline988,
    },
    treatmentReferral: {
      name: 'SAMHSA National Helpline',
      number: '+18006624357',
      hours: '24/7',
      source: {
        title: 'SAMHSA National Helpline: free, confidential, 24/7/365',
        url: 'https://www.samhsa.gov/find-help/national-helpline',
      },
    },
    poison: {
      name: 'Poison Help',
      number: '+18002221222',
      source: {
        title: 'HRSA Poison Help line',
        url: 'https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html',
      },
    },
  },
  signs: {
    danger: [
      { id: 'seizure', text: 'A seizure (fit)', source: fdaBoxedWarning },
      {
        id: 'confusion',
        text: {
          self: "Feeling very confused, or seeing or hearing things that aren't there",
          lovedOne: "Being very confused, or seeing or hearing things that aren't there",
        },
        source: asamTable3,
      },
      {
        id: 'suicide',
        text: {
          self: 'Thoughts of suicide or of hurting yourself',
          lovedOne: 'Talking about suicide or about hurting themselves',
        },
        source: asamTable3,
      },
      {
        id: 'breathing',
        text: {
          self: 'Very slow breathing, or struggling to stay awake',
          lovedOne: "Very slow breathing, or you can't keep them awake or wake them up",
        },
        source: hrsaPoisonHelp,
      },
    ],
    withdrawal: [
      {
        id: 'nausea',
        text: { self: 'Feeling sick to your stomach (nausea)', lovedOne: 'Feeling sick to their stomach (nausea)' },
        source: asamTable3,
      },
      { id: 'headaches', text: 'Headaches', source: asamTable3 },
      { id: 'muscle-pain', text: 'Muscle pain', source: asamTable3 },
      { id: 'irritability', text: 'Feeling irritable or on edge', source: asamTable3 },
      { id: 'concentration', text: 'Trouble concentrating', source: asamTable3 },
      { id: 'panic', text: 'Panic attacks', source: asamTable3 },
      { id: 'spasms', text: 'Muscle spasms or twitching', source: asamTable3 },
      { id: 'anxiety', text: 'More anxiety than before', source: asamTable3 },
    ],
    behaviours: [
      { id: 'more-than-prescribed', text: 'Taking more than prescribed, or taking it more often', source: useDisorderCriteria },
      { id: 'runs-out-early', text: 'Running out of the prescription early', source: factCheckedBehaviour },
      { id: 'several-prescribers', text: 'Getting prescriptions from more than one prescriber', source: factCheckedBehaviour },
      { id: 'cannot-cut-down', text: 'Trying to cut down or stop, and not managing to', source: useDisorderCriteria },
      { id: 'cravings', text: 'Strong urges (cravings) to take it', source: useDisorderCriteria },
      {
        id: 'despite-problems',
        text: 'Taking it even when it causes problems at home, at work or at school',
        source: useDisorderCriteria,
      },
    ],
    dependenceNote: {
      text: {
        self: 'If you take clonazepam as prescribed, these symptoms can be signs of physical dependence. That is common, and it is not the same as addiction.',
        lovedOne: 'If they take clonazepam as prescribed, these symptoms can be signs of physical dependence. That is common, and it is not the same as addiction.',
      },
      source: {
        title: 'ASAM benzodiazepine tapering pocket guide: physical dependence and use disorder',
        url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/1',
      },
    },
    stoppingNote: {
      text: {
        self: "Don't stop taking clonazepam suddenly. It can cause seizures and other dangerous reactions. Talk to your prescriber before you change your dose.",
        lovedOne: "Stopping clonazepam suddenly can cause seizures and other dangerous reactions. Encourage your loved one to talk to their prescriber before they change their dose.",
      },
      source: fdaBoxedWarning,
    },
    emergencyCard: {
      medical: {
        text: "Call 911 for a seizure, severe confusion, seeing or hearing things that aren't there, very slow breathing, or someone who can't stay awake. Taking clonazepam with opioids or alcohol can slow or stop breathing.",
        source: klonopinLabel,
      },
      crisis: {
        text: {
          self: 'Thinking about suicide or hurting yourself? Call or text 988 to talk with someone now. Help is available, and things can get better.',
          lovedOne: 'Is your loved one thinking about suicide or hurting themselves? Call or text 988. 988 also helps worried family and friends. Help is available.',
        },
        source: lifeline988,
      },
    },
  },
  pathways: {
    program: [
      {
        id: 'detox',
        title: 'Medically supervised detox: a slow taper',
        summary: 'Your dose is lowered slowly, with medical care. Never all at once.',
        details: [
          'A prescriber lowers your dose in small steps and checks how you feel after each one.',
          'If withdrawal gets hard, the taper can slow down or pause.',
          'Stopping suddenly can cause seizures. That is why detox from clonazepam is a slow taper, not quitting.',
        ],
        duration: 'Usually months, sometimes a year or more',
        sources: [asamPocketGuide, asamPatientGuide, fdaBoxedWarning],
      },
      {
        id: 'inpatient',
        title: 'Inpatient care, when it is needed',
        summary: 'Medical care day and night for people who need it to stay safe.',
        details: [
          'Most people taper as outpatients. Some start in a hospital or inpatient unit instead.',
          'For example: severe or complicated withdrawal, use of other substances, or a health problem that needs close watching.',
          'Medical staff are there 24 hours a day.',
        ],
        sources: [asamPocketGuide, asamCriteria],
      },
      {
        id: 'residential',
        title: 'Residential treatment',
        summary: 'Live at the center, with structure and support around the clock.',
        details: [
          'Counseling and group sessions, with 24-hour structure, matched to what you need.',
          'It suits people who need more support than outpatient care can give.',
        ],
        sources: [asamCriteria, asamPatientGuide],
      },
      {
        id: 'case-management',
        title: 'Case management and life after treatment',
        summary: 'A case manager helps you plan for work, housing and education.',
        details: [
          'Recovery covers your health, a safe place to live, a purpose such as work or school, and people around you.',
          'Your case manager helps you plan each of these before you leave.',
        ],
        sources: [samhsaRecovery],
      },
      {
        id: 'ongoing-support',
        title: 'Ongoing support, with family',
        summary: 'Recovery goes on, with support from the people close to you.',
        details: [
          'Check-ins, counseling and support groups help you keep going.',
          'Family members can learn how to help, and get support for themselves.',
          'If symptoms last more than a month after your last dose, talk to a clinician.',
        ],
        sources: [samhsaRecovery, asamPatientGuide],
      },
    ],
    'outpatient-taper': [
      {
        id: 'talk',
        title: 'Talk with your prescriber',
        summary: 'Look at the risks and benefits, and decide together.',
        details: [
          'Bring your questions and any worries about stopping.',
          'You and your prescriber decide together whether and when to taper.',
          'The plan is reviewed at least every 3 months.',
        ],
        sources: [
          asamPocketGuide,
          {
            title: 'Summary of the 2025 joint guideline (29 recommendations)',
            url: 'https://conexiant.com/neurology/ViewArticle?id=c11a3108-ac04-4b34-832a-da686af8c5e7',
          },
        ],
      },
      {
        id: 'plan',
        title: 'Make a taper plan, usually as an outpatient',
        summary: 'Expect months, not days.',
        details: [
          'Most people taper at home, with regular check-ins.',
          'There is no set timeline. It can take a couple of months, or a year or more.',
          'Never stop suddenly: it can cause seizures and other dangerous reactions.',
        ],
        duration: 'Months, sometimes a year or more',
        sources: [asamPatientGuide, fdaBoxedWarning],
      },
      {
        id: 'taper',
        title: 'Taper in small steps',
        summary: 'Small reductions, with a check-in after each one.',
        details: [
          'Your prescriber lowers the dose a little at a time. The steps are set for you, not from a chart.',
          'If symptoms appear, the taper can slow down or pause.',
        ],
        sources: [asamPocketGuide],
      },
      {
        id: 'support',
        title: 'Extra support',
        summary: 'Talking therapy can help with anxiety and sleep.',
        details: [
          'Cognitive behavioral therapy (CBT), or CBT for insomnia, helps many people during a taper.',
          'Care for anxiety, sleep problems or depression goes on alongside the taper.',
        ],
        sources: [asamPocketGuide],
      },
      {
        id: 'higher-care',
        title: 'More care, only when it is needed',
        summary: 'Some people need intensive outpatient, residential or hospital care.',
        details: [
          'For example: a benzodiazepine use disorder, use of other substances, or severe or complicated withdrawal.',
          'Tapering alone is not enough to treat a benzodiazepine use disorder.',
        ],
        sources: [asamPocketGuide, asamPatientGuide],
      },
      {
        id: 'recovery',
        title: 'Recovery support',
        summary: 'Health, home, purpose and community.',
        details: [
          'Support goes on after your last dose.',
          'If symptoms last more than a month after stopping, talk to a clinician.',
        ],
        sources: [samhsaRecovery, asamPatientGuide],
      },
    ],
  },
};
