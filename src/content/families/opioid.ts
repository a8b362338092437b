import { usHelplinesWithoutPoison } from '../helplines.js';
import { nidaWordsMatter, samhsaRecovery } from '../sources.js';
import type { Fact, FamilyWording, Pack } from '../types.js';
import {
  asamOud2020,
  asamOud2020Psychosocial,
  asamOud2020Stopping,
  bccsuWithdrawalOnly,
  cdcFentanylFacts,
  cdcOverdoseResponse,
  cdcRxBasics,
  cdcRxDeathsMaps,
  darke2016Withdrawal,
  dsm5OudTable,
  joudrey2019PostRelease,
  kyOpioidsBreathing,
  meyersCraftDrugs1999,
  mmwrOud2024,
  mmwrXylazine2022,
  narcanLabel,
  nchsDataBrief522,
  nidaMoudFaq,
  nyRxSafeStorage,
  samhsaXWaiver,
  surgeonGeneralCycle,
  surgeonGeneralMoudMyths,
  vivitrolSafety,
  whoDetoxAlone,
} from './opioid-sources.js';
import { craftNrepp, fdaOpioidBenzoWarning2016, nidaRelapse } from './shared-sources.js';
import { crisisRoute, DEPENDS, suicideSign } from './shared.js';

/**
 * The opioid family (opioid-notes.md): prescription opioids, heroin and fentanyl. Overdose is the
 * danger: any danger sign opens the overdose card (911, naloxone, on their side, stay), and every
 * text about stopping carries the tolerance warning (notes §9). Risk questions are asked but never
 * scored. Tolerance and withdrawal on prescribed opioids are never warning signs (notes §1.3).
 * Left out (see the issue 20 closing note): withdrawal timings and NIDA's sign list (secondary
 * sources only), naloxone's duration, the SAMHSA toolkit's don'ts, provisional death counts,
 * Poison Help (its use for opioids is the notes' own adaptation), RODS and DSM wording.
 * Spanish: locales/es/opioid.ts.
 */

/** What a name within the family adds to the family's text. */
interface Variant {
  id: 'opioids' | 'fentanyl' | 'heroin' | 'oxycodone';
  generic: string;
  factsHeading: string;
  /** Facts shown before the family's "What are opioids?" facts. */
  whatItIs: Fact[];
  /** Facts shown after the family's safety facts. */
  safety: Fact[];
  stats: Pack['stats'];
  /** Street drugs (heroin, fentanyl): withdrawal comes from going without, not from a missed dose. */
  street: boolean;
}

const xylazine: Fact[] = [
  {
    id: 'xylazine',
    text: 'Xylazine, an animal sedative, has been found mixed into street opioids. It slows breathing and heart rate. Naloxone does not reverse it.',
    sources: [mmwrXylazine2022],
  },
  {
    id: 'xylazine-still-naloxone',
    text: 'Still call 911 and give naloxone. Most deaths involving xylazine also involve fentanyl.',
    sources: [mmwrXylazine2022, cdcOverdoseResponse],
  },
];

/** Detox alone is not treatment: a safety fact, and the note under the timeline's path. */
const detoxAlone: Fact = {
  id: 'detox-alone',
  text: 'Detox alone is not treatment. Most people who only detox start using again, and their overdose risk is higher.',
  sources: [whoDetoxAlone, bccsuWithdrawalOnly, vivitrolSafety],
};

const VARIANTS: Variant[] = [
  { id: 'opioids', generic: 'opioids', factsHeading: 'About opioids', whatItIs: [], safety: [], stats: [], street: false },
  {
    id: 'fentanyl',
    generic: 'fentanyl',
    factsHeading: 'About fentanyl',
    whatItIs: [
      {
        id: 'fentanyl-two-kinds',
        text: 'Fentanyl is a prescription medicine for severe pain, such as after surgery. Most recent fentanyl overdoses involve illegally made fentanyl.',
        sources: [cdcFentanylFacts],
      },
      { id: 'fentanyl-strength', text: 'Fentanyl is up to 50 times stronger than heroin and 100 times stronger than morphine.', sources: [cdcFentanylFacts] },
      {
        id: 'fentanyl-deaths',
        text: 'In recent years, synthetic opioids such as fentanyl were involved in nearly 70% of overdose deaths.',
        sources: [cdcFentanylFacts],
      },
    ],
    safety: xylazine,
    stats: [],
    street: true,
  },
  {
    id: 'heroin',
    generic: 'heroin',
    factsHeading: 'About heroin',
    whatItIs: [{ id: 'heroin-fentanyl', text: 'Illegally made fentanyl can be mixed into heroin. People may not know it is there.', sources: [cdcFentanylFacts] }],
    safety: xylazine,
    stats: [],
    street: true,
  },
  {
    id: 'oxycodone',
    generic: 'oxycodone',
    factsHeading: 'About oxycodone',
    whatItIs: [
      { id: 'rx-what', text: 'Oxycodone is a prescription opioid. It is used to treat pain.', sources: [cdcRxBasics] },
      {
        id: 'rx-fake-pills',
        text: 'Fake pills made to look like prescription pills can contain fentanyl. Only take pills from a pharmacy.',
        sources: [cdcFentanylFacts],
      },
    ],
    safety: [{ id: 'rx-store', text: 'Store prescription opioids safely, and never share them.', sources: [nyRxSafeStorage] }],
    stats: [
      {
        id: 'rx-share-2020',
        figure: 'Nearly 18%',
        label: 'of opioid overdose deaths involved a prescription opioid',
        definition: 'Deaths in the U.S. involving any opioid, where a prescription opioid was one of the drugs involved.',
        year: '2020',
        source: cdcRxDeathsMaps,
      },
    ],
    street: false,
  },
];

/** The words the widgets use for the family, with the name of the substance shown. */
const wording = ({ generic, factsHeading, street }: Variant): FamilyWording => ({
  factsHeading,
  factSections: {
    whatItIs: 'What are opioids?',
    inTheBody: 'How opioids act on the body',
    dependence: 'Tolerance, dependence and withdrawal',
  },
  factsCta: 'Questions about opioids or treatment? Call for advice.',
  checklist: {
    heading: {
      self: `Check for signs of a problem with ${generic}`,
      lovedOne: generic === 'opioids' ? "Worried about someone's opioid use?" : `Worried about someone's ${generic} use?`,
    },
    dangerLegend: { self: 'First: is any of this happening now?', lovedOne: 'First: is any of this happening to your loved one now?' },
    ...(street
      ? {
          withdrawalLegend: {
            self: 'When you go without opioids or use less, do you get any of these?',
            lovedOne: 'When they go without opioids or use less, do they get any of these?',
          },
        }
      : {}),
    emergencyHeading: 'Possible overdose: act now',
    risksLegend: { self: 'Overdose risk questions', lovedOne: 'Overdose risk questions' },
    risksNote: 'These questions are not scored and are not part of the screen. Checking one shows safety information.',
    result: {
      self: {
        none: ['No signs checked.', "If you are still worried about your opioid use, it's OK to ask. Talk to a clinician, or call the number below."],
        withdrawal: [
          'You checked withdrawal symptoms.',
          "If you take opioids as prescribed, this can be physical dependence. It can happen even at prescribed doses, and on its own it is not opioid use disorder. Talk to your prescriber about it. If you don't have a prescription, withdrawal can be a sign of opioid use disorder. Medication treatment can help. Talk to a clinician or call the number below. If you stop or cut down, your tolerance drops, so keep naloxone close.",
        ],
        some: [
          'You checked a few warning signs.',
          'They are worth talking about. Talk to a clinician soon, or call the number below to talk it through. Medication for opioid use disorder works.',
        ],
        several: [
          'You checked several warning signs.',
          "Please get support soon. Talk to a clinician, or call the number below today. Medication treatment works, and you don't have to do this alone.",
        ],
      },
      lovedOne: {
        none: [
          'No signs checked.',
          "If you are still worried about your loved one's opioid use, it's OK to ask. You can call the number below for advice, even if they are not ready to.",
        ],
        withdrawal: [
          'You checked withdrawal symptoms.',
          "If they take opioids as prescribed, this can be physical dependence. It can happen even at prescribed doses, and on its own it is not opioid use disorder. Encourage them to talk to their prescriber. If they don't have a prescription, withdrawal can be a sign of opioid use disorder. Medication treatment can help. You can call the number below for advice. If they stop or cut down, their tolerance drops, so keep naloxone close.",
        ],
        some: [
          'You checked a few warning signs.',
          'They are worth talking about. Encourage your loved one to talk to a clinician. You can call the number below for advice on how to start. Medication for opioid use disorder works.',
        ],
        several: [
          'You checked several warning signs.',
          "Your loved one may need support soon. Encourage them to talk to a clinician, and call the number below today for advice. Medication treatment works, and you don't have to do this alone.",
        ],
      },
    },
  },
  timelineHeadings: { program: 'Your path through opioid treatment' },
  cycleHeading: 'How the cycle of opioid use disorder works',
  cycleCta: 'Ready to talk about medication and treatment? Call for advice.',
  statsHeading: 'Opioids and overdose in the U.S.',
  statsNote: 'Different measures and years; not a trend.',
});

/** The opioid family's pack, for the family or for one name within it. */
const opioidPack = (variant: Variant): Pack => ({
  id: variant.id,
  family: 'opioid',
  names: { generic: variant.generic },
  wording: wording(variant),
  helplines: usHelplinesWithoutPoison,
  signs: {
    danger: [
      {
        id: 'cant-wake',
        text: {
          self: "Someone with you can't be woken up, or you are struggling to stay awake",
          lovedOne: "You can't wake them, or they don't respond",
        },
        source: cdcOverdoseResponse,
      },
      { id: 'breathing', text: 'Slow, shallow or no breathing, or choking, gurgling or snoring sounds', source: cdcOverdoseResponse },
      { id: 'blue-lips', text: 'Blue, gray or pale lips or fingernails', source: cdcOverdoseResponse },
      { id: 'pinpoint-pupils', text: 'Very small, pinpoint pupils', source: cdcOverdoseResponse },
      {
        id: 'mixed-and-sleepy',
        text: {
          self: 'You took opioids with benzodiazepines, alcohol or other sedatives, and feel very sleepy or dizzy',
          lovedOne: 'They took opioids with benzodiazepines, alcohol or other sedatives, and are very sleepy, dizzy or breathing slowly',
        },
        source: fdaOpioidBenzoWarning2016,
      },
      suicideSign,
    ],
    risks: [
      {
        id: 'recent-break',
        text: {
          self: 'Have you used opioids again after a break, such as detox, jail or prison, or stopping treatment?',
          lovedOne: 'Has your loved one used opioids again after a break, such as detox, jail or prison, or stopping treatment?',
        },
        safety: "After a break, the body loses tolerance. An amount used before can now cause an overdose. Keep naloxone close, and don't use alone.",
        source: vivitrolSafety,
      },
      {
        id: 'mixing',
        text: {
          self: 'Do you use opioids with benzodiazepines (such as Xanax or Klonopin), alcohol or sleep medicines?',
          lovedOne: 'Does your loved one use opioids with benzodiazepines (such as Xanax or Klonopin), alcohol or sleep medicines?',
        },
        safety: 'Mixing these can slow or stop breathing. If someone is very sleepy or breathing slowly, call 911.',
        source: fdaOpioidBenzoWarning2016,
      },
      {
        id: 'alone',
        text: { self: 'Do you use opioids when no one else is around?', lovedOne: 'Does your loved one use opioids when no one else is around?' },
        safety: 'If an overdose happens when you are alone, no one can give naloxone or call 911. Try not to use alone. Keep naloxone where others can find it.',
        source: cdcOverdoseResponse,
      },
      {
        id: 'not-pharmacy',
        text: {
          self: 'Do you take pills that did not come from a pharmacy, or use powders bought on the street?',
          lovedOne: 'Does your loved one take pills that did not come from a pharmacy, or use powders bought on the street?',
        },
        safety: "Pills and powders not from a pharmacy can contain fentanyl, even when they look real. You can't see, smell or taste it. Keep naloxone close.",
        source: cdcFentanylFacts,
      },
    ],
    withdrawal: [
      { id: 'yawning', text: 'Yawning a lot', source: darke2016Withdrawal },
      { id: 'runny-nose', text: 'A runny nose or watery eyes', source: darke2016Withdrawal },
      { id: 'sweating', text: 'Sweating', source: darke2016Withdrawal },
      { id: 'fever', text: 'Fever', source: darke2016Withdrawal },
      { id: 'vomiting-diarrhea', text: 'Vomiting or diarrhea', source: darke2016Withdrawal },
    ],
    behaviours: [
      { id: 'more-than-intended', text: 'Taking more, or for longer, than intended or prescribed', source: dsm5OudTable },
      { id: 'cannot-cut-down', text: 'Trying to cut down or stop, and not managing to', source: dsm5OudTable },
      { id: 'time-spent', text: 'Spending a lot of time getting opioids, using them or getting over their effects', source: dsm5OudTable },
      { id: 'cravings', text: 'Strong urges (cravings) to use opioids', source: dsm5OudTable },
      { id: 'falling-behind', text: 'Falling behind at work, school or home', source: dsm5OudTable },
      { id: 'despite-problems', text: 'Using even when it causes problems with family, friends or health', source: dsm5OudTable },
      { id: 'gave-up-activities', text: 'Giving up activities to use opioids', source: dsm5OudTable },
      { id: 'risky-use', text: 'Using in risky situations, such as before driving', source: dsm5OudTable },
    ],
    dependenceNote: {
      text: {
        self: 'If you take an opioid as prescribed, these symptoms can be signs of physical dependence. This can happen even at prescribed doses. On its own it is not opioid use disorder.',
        lovedOne:
          'If they take an opioid as prescribed, these symptoms can be signs of physical dependence. This can happen even at prescribed doses. On its own it is not opioid use disorder.',
      },
      source: dsm5OudTable,
    },
    stoppingNote: {
      text: {
        self: 'If you stop or cut down, your tolerance drops. A dose you used before can then cause an overdose. Keep naloxone close.',
        lovedOne: 'If they stop or cut down, their tolerance drops. A dose they used before can then cause an overdose. Keep naloxone close.',
      },
      source: vivitrolSafety,
    },
    urgentNote: {
      text: "Severe vomiting or diarrhea during withdrawal, or can't keep fluids down? Get medical care today.",
      source: darke2016Withdrawal,
    },
    emergencyCard: {
      medical: {
        text: {
          self: "Struggling to stay awake, or someone with you can't be woken or is breathing slowly? Call 911 now. Not sure if it is an overdose? Treat it as one.",
          lovedOne: "Can't wake them, or slow or no breathing? It may be an overdose. Not sure? Treat it as one.",
        },
        source: cdcOverdoseResponse,
      },
      steps: [
        { id: 'call', text: 'Call 911.', source: cdcOverdoseResponse },
        { id: 'naloxone', text: 'Give naloxone if you have it.', source: cdcOverdoseResponse },
        { id: 'breathing', text: 'Try to keep them awake and breathing.', source: cdcOverdoseResponse },
        { id: 'side', text: "Lay them on their side so they don't choke.", source: cdcOverdoseResponse },
        { id: 'stay', text: 'Stay with them until help arrives.', source: cdcOverdoseResponse },
      ],
      crisis: crisisRoute,
    },
  },
  pathways: {
    program: [
      {
        id: 'safe-now',
        title: 'Stay safe now',
        summary: 'Keep naloxone on hand, try not to use alone, and know the signs of an overdose.',
        details: [
          'Naloxone can reverse an opioid overdose. You can buy it without a prescription.',
          'Keep it where others can find it, and tell them where it is.',
          "Signs of an overdose: can't be woken, slow or no breathing, blue or gray lips.",
        ],
        duration: 'Always',
        sources: [cdcOverdoseResponse],
      },
      {
        id: 'assessment',
        title: 'Talk with a clinician',
        summary: 'A clinician asks about your opioid use, your health and your goals.',
        details: ['Tell them about other substances, other medicines and your mental health.', 'Questions and tests should not delay starting medication.'],
        duration: DEPENDS,
        sources: [asamOud2020Psychosocial],
      },
      {
        id: 'medication',
        title: 'Start medication for opioid use disorder',
        summary: 'Medication is the main treatment. It lowers the risk of overdose and return to use.',
        details: [
          'There are three: buprenorphine, methadone and naltrexone. You and your clinician choose together.',
          'Any clinician who can prescribe controlled medicines can prescribe buprenorphine, where state law allows. No special waiver has been needed since the end of 2022.',
          'Methadone comes from an opioid treatment program, a licensed clinic.',
          'Naltrexone starts only after 7 to 10 days without opioids. Starting sooner can cause sudden, severe withdrawal.',
          'Used as directed, buprenorphine and methadone give steady levels without a high. They treat the disorder.',
        ],
        duration: DEPENDS,
        sources: [asamOud2020, samhsaXWaiver, vivitrolSafety, surgeonGeneralMoudMyths, nidaMoudFaq],
      },
      {
        id: 'counseling',
        title: 'Counseling and support, alongside medication',
        summary: 'Counseling and support groups can help. Saying no to counseling should not delay your medication.',
        details: [
          'Your team offers counseling and support based on what you need.',
          'Recovery covers your health, a safe home, a purpose, and people around you.',
        ],
        duration: DEPENDS,
        sources: [asamOud2020Psychosocial, samhsaRecovery],
      },
      {
        id: 'stay-on',
        title: 'Stay on medication as long as it helps',
        summary: 'There is no set time limit for medication.',
        details: [
          'If you want to stop, plan it with your clinician.',
          'After stopping, tolerance drops and overdose risk goes up. Keep naloxone on hand.',
          'A return to use is common. It is a reason to restart treatment, not a failure.',
        ],
        duration: 'As long as it helps',
        sources: [asamOud2020, asamOud2020Stopping, vivitrolSafety, nidaRelapse],
      },
    ],
  },
  pathwayNote: detoxAlone,
  facts: {
    whatItIs: [
      ...variant.whatItIs,
      {
        id: 'what',
        text: 'Opioids include prescription pain medicines, such as oxycodone and morphine. They also include illegal drugs, such as heroin and illegally made fentanyl.',
        sources: [cdcRxBasics, cdcFentanylFacts],
      },
      {
        id: 'oud',
        text: 'Opioid use disorder is a pattern of opioid use that causes serious problems or distress. It is a medical condition, and it can be treated.',
        sources: [dsm5OudTable, asamOud2020],
      },
      {
        id: 'fentanyl-supply',
        text: 'Illegally made fentanyl is in the street drug supply. It is mixed into heroin, cocaine and meth, and pressed into fake pills.',
        sources: [cdcFentanylFacts],
      },
      { id: 'cant-tell', text: "You can't see, smell or taste fentanyl in a drug.", sources: [cdcFentanylFacts] },
    ],
    inTheBody: [
      {
        id: 'breathing',
        text: 'Opioids act on the part of the brain that controls breathing. Too much can slow or stop breathing. This is how an overdose kills.',
        sources: [kyOpioidsBreathing],
      },
      {
        id: 'side-effects',
        text: 'Opioids can also cause sleepiness, confusion, constipation and low mood. Over time, they can make a person more sensitive to pain.',
        sources: [cdcRxBasics],
      },
    ],
    dependence: [
      {
        id: 'tolerance-dependence',
        text: 'Even taken as prescribed, opioids can cause tolerance and physical dependence. Physical dependence means withdrawal symptoms when they are stopped.',
        sources: [cdcRxBasics],
      },
      { id: 'rx-anyone', text: 'Anyone who takes prescription opioids can develop an opioid use disorder.', sources: [cdcRxBasics] },
      {
        id: 'dependence-not-oud',
        text: 'Tolerance and withdrawal can happen when someone takes opioids as prescribed. On their own, they are not signs of opioid use disorder.',
        sources: [dsm5OudTable, cdcRxBasics],
      },
      {
        id: 'withdrawal-course',
        text: 'Opioid withdrawal feels like a very bad flu. It is hard, but usually not life-threatening by itself. Severe vomiting or diarrhea can cause dangerous dehydration.',
        sources: [darke2016Withdrawal],
      },
      {
        id: 'biggest-danger-after',
        text: 'The bigger danger comes after withdrawal. Tolerance drops, so going back to a usual amount can cause an overdose.',
        sources: [darke2016Withdrawal, vivitrolSafety],
      },
    ],
    safety: [
      {
        id: 'tolerance-drops',
        text: 'After any break from opioids, tolerance drops. This includes detox, jail or prison, or stopping treatment. A dose you used before can now kill.',
        sources: [vivitrolSafety, joudrey2019PostRelease],
      },
      {
        id: 'mixing',
        text: 'Opioids with benzodiazepines, alcohol or other sedatives can cause extreme sleepiness, slowed breathing and death.',
        sources: [fdaOpioidBenzoWarning2016],
      },
      { id: 'naloxone', text: 'Naloxone can reverse an opioid overdose. It is sold without a prescription in all 50 states.', sources: [cdcOverdoseResponse] },
      {
        id: 'naloxone-plus-911',
        text: 'Naloxone does not replace emergency care. Always call 911 and stay with the person.',
        sources: [narcanLabel, cdcOverdoseResponse],
      },
      {
        id: 'good-samaritan',
        text: 'Most states have laws that may protect you from criminal charges when you call for help with an overdose.',
        sources: [cdcOverdoseResponse],
      },
      detoxAlone,
      ...variant.safety,
    ],
  },
  cycle: {
    steps: [
      { id: 'use', text: 'Using opioids, and feeling relief or pleasure (binge and intoxication).', sources: [surgeonGeneralCycle] },
      {
        id: 'withdrawal',
        text: 'When opioids wear off, withdrawal and a low mood set in (withdrawal and negative feelings).',
        sources: [surgeonGeneralCycle],
      },
      {
        id: 'preoccupation',
        text: 'Thinking about opioids and craving them, even after a break (preoccupation and anticipation).',
        sources: [surgeonGeneralCycle],
      },
    ],
    framing: {
      id: 'framing',
      text: 'This cycle changes the brain over time. Opioid use disorder is a medical condition, and it can be treated.',
      sources: [surgeonGeneralCycle, asamOud2020],
    },
    wayOut: {
      id: 'way-out',
      text: 'Medication for opioid use disorder can break the cycle. Keep naloxone on hand, because tolerance drops after any break.',
      sources: [asamOud2020, surgeonGeneralMoudMyths, vivitrolSafety],
    },
  },
  stats: [
    {
      id: 'od-deaths-2023',
      figure: '105,007',
      label: 'deaths in the U.S. whose underlying cause was a drug overdose, any drug (final count)',
      definition: 'The age-adjusted rate was 31.3 per 100,000, 4% lower than in 2022.',
      year: '2023 (final)',
      source: nchsDataBrief522,
    },
    {
      id: 'opioid-deaths-2022',
      figure: '81,806',
      label: 'overdose deaths involved an opioid (final count)',
      definition: 'Deaths in the U.S. One death can involve more than one drug.',
      year: '2022 (final)',
      source: mmwrOud2024,
    },
    {
      id: 'moud-gap-2022',
      figure: '25%',
      label: 'of U.S. adults (18 or older) who needed treatment for opioid use disorder got medication for it',
      definition: 'In 2022, about 1 in 27 U.S. adults (3.7%) needed treatment for opioid use disorder. Data from the national household survey (NSDUH).',
      year: '2022',
      source: mmwrOud2024,
    },
    ...variant.stats,
  ],
  tips: {
    do: [
      { id: 'carry-naloxone', text: 'Get naloxone. It is sold without a prescription. Keep it where others can find it.', sources: [cdcOverdoseResponse] },
      { id: 'learn-steps', text: 'Learn the steps: call 911, give naloxone, keep them breathing and on their side, and stay.', sources: [cdcOverdoseResponse] },
      {
        id: 'high-risk-times',
        text: 'Know the high-risk times: after detox, jail or prison, or stopping treatment. Tolerance drops, and an old amount can kill.',
        sources: [vivitrolSafety, joudrey2019PostRelease],
      },
      {
        id: 'support-medication',
        text: "Support medication treatment. It works, and it can be long-term. Don't push them to stop it.",
        sources: [asamOud2020, surgeonGeneralMoudMyths],
      },
      { id: 'calm-talk', text: 'Talk calmly, without judging. Notice and praise steps in the right direction.', sources: [craftNrepp, meyersCraftDrugs1999] },
      { id: 'store-safely', text: 'Store prescription opioids safely, and never share them.', sources: [nyRxSafeStorage] },
      {
        id: 'your-support',
        text: 'Get support for yourself too. In a study of family training, family members felt less depressed and anxious.',
        sources: [meyersCraftDrugs1999],
      },
    ],
    dont: [
      { id: 'dont-leave', text: "Don't leave them alone after giving naloxone. Stay until help arrives.", sources: [cdcOverdoseResponse, narcanLabel] },
      { id: 'labels', text: 'Don\'t use labels that shame. Say "a person with an opioid use disorder".', sources: [nidaWordsMatter] },
      {
        id: 'detox-only',
        text: "Don't push for detox alone, or push them off their medication. Both raise the risk of overdose.",
        sources: [whoDetoxAlone, bccsuWithdrawalOnly, vivitrolSafety],
      },
      { id: 'return-not-failure', text: "Don't treat a return to use as failure. It is a reason to restart treatment.", sources: [nidaRelapse] },
    ],
  },
});

export const [opioids, fentanyl, heroin, oxycodone] = VARIANTS.map(opioidPack);
