import type { Pack, Source } from '../types.js';

const asamTable3: Source = {
  title: 'ASAM Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025), pocket guide, Table 3',
  url: 'https://eguideline.guidelinecentral.com/i/1532950',
};
const useDisorderCriteria: Source = {
  title: 'Sedative, hypnotic or anxiolytic use disorder: diagnostic criteria (PsychDB)',
  url: 'https://www.psychdb.com/addictions/sedative-hypnotics/1-use-disorder',
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
      source: {
        title: 'HRSA Poison Help: "If someone is unconscious or has trouble breathing, call 911"',
        url: 'https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html',
      },
    },
    crisis: {
      name: '988 Suicide & Crisis Lifeline',
      number: '988',
      sms: '988',
      source: {
        title: '988 Lifeline: what to expect',
        url: 'https://988lifeline.org/get-help/what-to-expect',
      },
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
        source: {
          title: 'HRSA Poison Help: "If someone is unconscious or has trouble breathing, call 911"',
          url: 'https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html',
        },
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
      { id: 'runs-out-early', text: 'Running out of the prescription early', source: useDisorderCriteria },
      { id: 'several-prescribers', text: 'Getting prescriptions from more than one prescriber', source: useDisorderCriteria },
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
        self: 'If you take clonazepam as prescribed, these symptoms are signs of physical dependence. That is common, and it is not the same as addiction.',
        lovedOne: 'If they take clonazepam as prescribed, these symptoms are signs of physical dependence. That is common, and it is not the same as addiction.',
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
  },
};
