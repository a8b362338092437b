import { crisisRoute } from '../families/shared.js';
import {
  asamCriteria,
  asamDependenceFigures,
  asamPatientGuide,
  asamPocketGuide,
  asamTable3,
  beersCriteria2023,
  factCheckedBehaviour,
  fdaBoxedWarning,
  hrsaPoisonHelp,
  lifeline988,
  maust2019,
  blanco2018,
  nidaWordsMatter,
  nsduh2020Benzodiazepines,
  samhsaRecovery,
  seedHelpingSection,
  tan2010Reward,
  tolerance2011,
  useDisorderCriteria,
} from '../sources.js';
import type { DependenceCycle, Fact, Pack, Pathways, Signs, Source, SupportTips } from '../types.js';

/*
 * Content true of benzodiazepines as a class (ASAM 2025 guideline, FDA 2020 boxed warning), with
 * the medicine's generic name filled in. Each substance pack uses these with its own name.
 */

/** The self-check's lists for a benzodiazepine; `label` is its prescribing information (boxed warning). */
export const benzodiazepineSigns = (name: string, label: Source): Signs => ({
  danger: [
    { id: 'seizure', text: 'A seizure (convulsions)', source: fdaBoxedWarning },
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
      self: `If you take ${name} as prescribed, these symptoms can be signs of physical dependence. That is common, and it is not the same as addiction.`,
      lovedOne: `If they take ${name} as prescribed, these symptoms can be signs of physical dependence. That is common, and it is not the same as addiction.`,
    },
    source: asamDependenceFigures,
  },
  stoppingNote: {
    text: {
      self: `Don't stop taking ${name} suddenly. It can cause seizures and other dangerous reactions. Talk to your prescriber before you change your dose.`,
      lovedOne: `Stopping ${name} suddenly can cause seizures and other dangerous reactions. Encourage your loved one to talk to their prescriber before they change their dose.`,
    },
    source: fdaBoxedWarning,
  },
  emergencyCard: {
    medical: {
      text: {
        self: `Call 911 for a seizure, severe confusion, seeing or hearing things that aren't there, very slow breathing, or someone who can't stay awake. Hurt yourself, or took too much on purpose? Call 911. Taking ${name} with opioids or alcohol can slow or stop breathing.`,
        lovedOne: `Call 911 for a seizure, severe confusion, seeing or hearing things that aren't there, very slow breathing, or someone who can't stay awake. Have they hurt themselves, or taken too much on purpose? Call 911. Taking ${name} with opioids or alcohol can slow or stop breathing.`,
      },
      source: label,
    },
    poison: {
      text: 'Took an extra dose by mistake, but awake and breathing normally? Call Poison Help for advice. If sleepiness or breathing gets worse, call 911.',
      source: hrsaPoisonHelp,
    },
    // The 988 route every family's card shares (families/shared.ts).
    crisis: crisisRoute,
  },
});

/** "How long" for a stage whose length no source fixes: the partner can set their own (`durations`). */
const DEPENDS = 'It depends on your needs. Your care team can tell you more.';

/** The treatment paths for a benzodiazepine. */
export const benzodiazepinePathways = (name: string): Pathways => ({
  program: [
    {
      id: 'assessment',
      title: 'Talk with your prescriber and our team',
      summary: 'Look at the risks and benefits, and decide together whether to taper.',
      details: [
        'Bring your questions and any worries about stopping.',
        'You and your prescriber decide together whether and when to taper.',
        'No prescription? A doctor or the SAMHSA Helpline can help you find care.',
      ],
      duration: DEPENDS,
      sources: [asamPocketGuide, asamPatientGuide],
    },
    {
      id: 'detox',
      title: 'Medically supervised detox: a slow taper',
      summary: 'Your dose is lowered slowly, with medical care. Never all at once.',
      details: [
        'Most people taper as outpatients, at home, with regular check-ins.',
        'A prescriber lowers your dose in small steps and checks how you feel after each one.',
        'If withdrawal gets hard, the taper can slow down or pause.',
        `Stopping suddenly can cause seizures. That is why detox from ${name} is a slow taper, not quitting.`,
      ],
      duration: 'Usually months, sometimes a year or more',
      sources: [asamPocketGuide, asamPatientGuide, fdaBoxedWarning],
    },
    {
      id: 'inpatient',
      title: 'Inpatient care, only if needed',
      summary: 'Medical care day and night for people who need it to stay safe. Some start their taper here.',
      details: [
        'It is for severe or complicated withdrawal, use of other substances, or a health problem that needs close watching.',
        'It can come at any point, including at the start.',
        'Medical staff are there 24 hours a day.',
      ],
      duration: DEPENDS,
      sources: [asamPocketGuide, asamPatientGuide, asamCriteria],
    },
    {
      id: 'residential',
      title: 'Residential treatment, only if needed',
      summary: 'Live at the center for a time, with support around the clock.',
      details: [
        'It is for people with a benzodiazepine use disorder or other substance use who need more support than outpatient care can give.',
        'Counseling and group sessions, matched to what you need.',
      ],
      duration: DEPENDS,
      sources: [asamPocketGuide, asamCriteria],
    },
    {
      id: 'case-management',
      title: 'Case management and life after treatment',
      summary: 'A case manager helps you plan for work, housing and education.',
      details: [
        'Recovery covers your health, a safe place to live, a purpose such as work or school, and people around you.',
        'Your case manager helps you plan each of these.',
      ],
      duration: DEPENDS,
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
      duration: DEPENDS,
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
      duration: DEPENDS,
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
        'How long it takes is different for each person: often months, sometimes a year or longer.',
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
      duration: DEPENDS,
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
      duration: DEPENDS,
      sources: [asamPocketGuide],
    },
    {
      id: 'higher-care',
      title: 'More care, only when it is needed',
      summary: 'Some people need intensive outpatient, residential or hospital care.',
      details: [
        'For example: a benzodiazepine use disorder, use of other substances, or severe or complicated withdrawal.',
        'A use disorder needs treatment of its own, not only a slower dose.',
      ],
      duration: DEPENDS,
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
      duration: DEPENDS,
      sources: [samhsaRecovery, asamPatientGuide],
    },
  ],
});

/**
 * U.S. figures for benzodiazepines as a class: only those marked supported in clinical-notes.md §4
 * (row 14). The seed article's three statistics are not supported as written and are not here.
 */
export const benzodiazepineStats: Pack['stats'] = [
  {
    id: 'misuse-2020',
    figure: '4.8 million',
    label: 'people aged 12 or older misused benzodiazepines in the past year. Misuse means taking them in a way a doctor did not direct, or without a prescription.',
    year: '2020',
    source: nsduh2020Benzodiazepines,
  },
  {
    id: 'use-2015',
    figure: '30.6 million',
    label: 'adults aged 18 or older (12.6%) used a benzodiazepine in the past year. This older survey counted adults only, so it does not compare with the 2020 figure.',
    year: '2015–2016',
    source: maust2019,
  },
];

/** "Helping a friend or loved one", from the seed article, in plain, person-first words. */
export const supportTips: SupportTips = {
  do: [
    { id: 'calm-home', text: 'Make home a calm, welcoming place.', sources: [seedHelpingSection] },
    {
      id: 'welcome-back',
      text: 'Welcome them home after treatment sessions. Tell them you are proud of them.',
      sources: [seedHelpingSection],
    },
    {
      id: 'check-in',
      text: 'Call or text while they are in treatment. A simple "How are you doing?" can mean a lot.',
      sources: [seedHelpingSection],
    },
    { id: 'we-and-us', text: 'Say "we" and "us". Recovery is easier as a team.', sources: [seedHelpingSection] },
    {
      id: 'your-support',
      text: 'Get support for yourself too. The 988 Lifeline also helps worried family and friends.',
      sources: [lifeline988],
    },
  ],
  dont: [
    {
      id: 'labels',
      text: 'Don\'t use labels that shame. Talk about the person, for example "a person with a substance use disorder".',
      sources: [nidaWordsMatter],
    },
    {
      id: 'blame',
      text: 'Don\'t blame or lecture. Shame makes it harder to ask for help.',
      sources: [nidaWordsMatter],
    },
    {
      id: 'stop-suddenly',
      text: 'Don\'t push them to stop suddenly. Stopping suddenly can cause seizures. A prescriber plans a slow taper.',
      sources: [fdaBoxedWarning],
    },
  ],
};

/** The dependence loop (clinical-notes.md §4 row 7), after the medicine's own first step. */
export const benzodiazepineCycle = (firstStep: Fact): DependenceCycle => ({
  steps: [
    firstStep,
    {
      id: 'tolerance',
      text: 'Over weeks, the body gets used to it. The same dose may work less well, and the dose may go up.',
      sources: [fdaBoxedWarning, tolerance2011],
    },
    {
      id: 'withdrawal',
      text: 'If the dose is cut or stopped, withdrawal symptoms can start. They can feel like the first problem, such as anxiety or panic.',
      sources: [asamTable3],
    },
    { id: 'relief', text: 'Taking it again eases the withdrawal, and the loop starts over.', sources: [asamPocketGuide] },
  ],
  framing: {
    id: 'framing',
    text: 'Needing the medicine to avoid withdrawal is physical dependence. It is common and is not the same as addiction.',
    sources: [asamDependenceFigures, asamPatientGuide],
  },
  wayOut: {
    id: 'way-out',
    text: 'If you and your prescriber decide to stop, a slow taper is the safe way. Never stop suddenly.',
    sources: [asamPocketGuide, fdaBoxedWarning],
  },
});

/** Facts true of every benzodiazepine, shared by the packs' facts sections. */
export const classFacts = {
  howItWorks: {
    id: 'how-it-works',
    text: "Benzodiazepines boost GABA, a brain chemical that calms nerve activity. Research suggests they also indirectly activate the brain's reward system. This helps explain why they can be misused.",
    sources: [asamPatientGuide, tan2010Reward],
  },
  notAddiction: {
    id: 'not-addiction',
    text: 'Nearly everyone who takes a benzodiazepine regularly for more than a month becomes physically dependent. Of all adults who use benzodiazepines in a year, about 1.5% have a benzodiazepine use disorder.',
    sources: [asamDependenceFigures, blanco2018],
  },
  olderAdults: {
    id: 'older-adults',
    text: 'Older adults are more sensitive to benzodiazepines. They face higher risks of falls, broken bones, confusion and car crashes.',
    sources: [beersCriteria2023],
  },
} satisfies Record<string, Fact>;
