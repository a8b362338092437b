import { usHelplinesWithoutPoison } from '../helplines.js';
import { lifeline988, nidaWordsMatter, samhsaRecovery } from '../sources.js';
import type { Pack } from '../types.js';
import {
  asamAlcoholOutpatient,
  asamAlcoholRelease2020,
  asamAlcoholRiskFactors,
  asamAlcoholScreen,
  asamAlcoholSetting,
  asamAlcoholSevere,
  asamAlcoholStartTreatment,
  bjgpAlcoholWithdrawal,
  brainFactsAlcohol,
  millerCraft1999,
  mmwrArdi2024,
  niaaaCycle,
  niaaaHowMuch,
  niaaaNeuroscience,
  niaaaOverdose,
  niaaaRecoveryMarathon,
  niaaaStandardDrink,
  niaaaTreatment,
  niaaaTreatmentOptions,
  nsduh2024Report,
  rethinkingDrinkingHelp,
} from './alcohol-sources.js';
import { craftNrepp, fdaOpioidBenzoWarning2016, nidaRelapse } from './shared-sources.js';
import { crisisRoute, DEPENDS, suicideSign } from './shared.js';

/**
 * The alcohol family (alcohol-notes.md; each fact's notes section is in the issue 20 closing note).
 * Withdrawal is the danger here: seizures and delirium, up to days after the last drink, so every
 * "cut down or stop" message says to talk to a clinician first (notes §9). Poison Help is left out
 * (its use for alcohol is unverified, notes §2.3), and so are AUDIT and AUDIT-C (licence, §3.1):
 * the self-check's screen stays CAGE-AID. Spanish: locales/es/alcohol.ts.
 */
export const alcohol: Pack = {
  id: 'alcohol',
  family: 'alcohol',
  names: { generic: 'alcohol' },
  wording: {
    factsHeading: 'About alcohol',
    factSections: {
      whatItIs: 'What is alcohol use disorder?',
      inTheBody: 'How alcohol acts on the brain',
    },
    factsCta: 'Questions about drinking? Call for advice.',
    checklist: {
      heading: { self: 'Check for signs of a problem with alcohol', lovedOne: "Worried about someone's alcohol use?" },
      dangerLegend: {
        self: 'First: is any of this happening now, or has it happened since you cut down?',
        lovedOne: 'First: is any of this happening to your loved one now, or has it happened since they cut down?',
      },
      withdrawalLegend: {
        self: 'When you cut down or stop drinking, do you get any of these?',
        lovedOne: 'When they cut down or stop drinking, do they get any of these?',
      },
      result: {
        self: {
          none: ['No signs checked.', "If you are still worried about your drinking, it's OK to ask. Talk to a clinician, or call the number below."],
          withdrawal: [
            'You checked withdrawal symptoms.',
            'Your body may have come to depend on alcohol. Talk to a clinician before you cut down or stop. Stopping suddenly can be dangerous.',
          ],
          some: ['You checked a few warning signs.', 'They are worth talking about. Talk to a clinician soon, or call the number below to talk it through.'],
          several: [
            'You checked several warning signs.',
            "Please get support soon. Talk to a clinician, or call the number below today. Treatment works, and you don't have to do this alone.",
          ],
        },
        lovedOne: {
          none: [
            'No signs checked.',
            "If you are still worried about your loved one's drinking, it's OK to ask. You can call the number below for advice, even if they are not ready to.",
          ],
          withdrawal: [
            'You checked withdrawal symptoms.',
            'Their body may have come to depend on alcohol. Encourage them to talk to a clinician before they cut down or stop. Stopping suddenly can be dangerous.',
          ],
          some: [
            'You checked a few warning signs.',
            'They are worth talking about. Encourage your loved one to talk to a clinician. You can call the number below for advice on how to start.',
          ],
          several: [
            'You checked several warning signs.',
            "Your loved one may need support soon. Encourage them to talk to a clinician, and call the number below today for advice. You don't have to do this alone.",
          ],
        },
      },
    },
    timelineHeadings: { program: 'Your path through alcohol treatment' },
    cycleHeading: 'How the cycle of alcohol use disorder works',
    cycleCta: 'Ready to talk about treatment? Call for advice.',
    statsHeading: 'Alcohol use in the U.S.',
  },
  helplines: usHelplinesWithoutPoison,
  signs: {
    danger: [
      { id: 'seizure', text: 'A seizure (convulsions)', source: bjgpAlcoholWithdrawal },
      {
        id: 'confusion-hallucinations',
        text: {
          self: "New confusion, or seeing or hearing things that aren't there, after cutting down or stopping",
          lovedOne: "New confusion, or seeing or hearing things that aren't there, after they cut down or stop",
        },
        source: asamAlcoholSevere,
      },
      {
        id: 'fever-agitation',
        text: {
          self: 'A high fever or feeling very agitated, after cutting down or stopping',
          lovedOne: 'A high fever or feeling very agitated, after they cut down or stop',
        },
        source: asamAlcoholSevere,
      },
      {
        id: 'cant-wake-breathing',
        text: {
          self: 'Struggling to stay awake, or slow or uneven breathing',
          lovedOne: "You can't wake them, or their breathing is slow or uneven",
        },
        source: niaaaOverdose,
      },
      { id: 'skin-vomiting', text: 'Cold, clammy, pale or bluish skin, or vomiting while not fully awake', source: niaaaOverdose },
      suicideSign,
    ],
    withdrawal: [
      { id: 'shakes', text: 'Shaking hands (the shakes)', source: bjgpAlcoholWithdrawal },
      { id: 'sweating', text: 'Sweating a lot', source: bjgpAlcoholWithdrawal },
      { id: 'racing-heart', text: 'A racing heart', source: bjgpAlcoholWithdrawal },
      {
        id: 'nausea',
        text: { self: 'Feeling sick to your stomach, or vomiting', lovedOne: 'Feeling sick to their stomach, or vomiting' },
        source: bjgpAlcoholWithdrawal,
      },
      { id: 'anxiety', text: 'Feeling anxious or restless', source: bjgpAlcoholWithdrawal },
      { id: 'sleep', text: 'Trouble sleeping', source: bjgpAlcoholWithdrawal },
    ],
    behaviours: [
      { id: 'more-than-planned', text: 'Drinking more, or for longer, than planned', source: niaaaTreatment },
      { id: 'cannot-cut-down', text: 'Trying to cut down or stop, and not managing to', source: niaaaTreatment },
      { id: 'time-spent', text: 'Spending a lot of time drinking, or getting over drinking', source: niaaaTreatment },
      { id: 'cravings', text: 'Strong urges (cravings) to drink', source: niaaaTreatment },
      { id: 'home-work-school', text: 'Drinking gets in the way of home, work or school', source: niaaaTreatment },
      { id: 'despite-relationships', text: 'Drinking even when it causes trouble with family or friends', source: niaaaTreatment },
      { id: 'gave-up-activities', text: 'Giving up activities to drink', source: niaaaTreatment },
      { id: 'risky-situations', text: 'Getting into risky situations while or after drinking, such as driving', source: niaaaTreatment },
      {
        id: 'despite-health',
        text: {
          self: 'Drinking even when it makes you feel depressed or anxious, or causes blackouts',
          lovedOne: 'Drinking even when it makes them feel depressed or anxious, or causes blackouts',
        },
        source: niaaaTreatment,
      },
    ],
    stoppingNote: {
      text: {
        self: "If you drink heavily every day, or have had shakes, seizures or DTs (severe withdrawal with confusion) before, don't stop suddenly on your own. Talk to a clinician first. Stopping suddenly can be dangerous.",
        lovedOne:
          'If your loved one drinks heavily every day, or has had shakes, seizures or DTs (severe withdrawal with confusion), stopping suddenly can be dangerous. Encourage them to talk to a clinician first.',
      },
      source: asamAlcoholRiskFactors,
    },
    urgentNote: {
      text: {
        self: 'Shakes, sweats or anxiety after cutting down can be withdrawal. Get medical care today if you have had seizures or DTs (severe withdrawal with confusion) before. Also get care today if you are over 65, have another illness, or also take sedatives.',
        lovedOne:
          'Shakes, sweats or anxiety after cutting down can be withdrawal. Help them get medical care today if they have had seizures or DTs (severe withdrawal with confusion) before. Also get care today if they are over 65, have another illness, or also take sedatives.',
      },
      source: asamAlcoholRiskFactors,
    },
    emergencyCard: {
      medical: {
        text: "Call 911 now for a seizure, or if someone can't be woken or breathes slowly or unevenly. Call 911 for new confusion, hallucinations or fever after cutting down or stopping. This can start 2 to 3 days after the last drink. Stay with them. Don't leave them to sleep it off.",
        // The overdose signs and "don't leave them to sleep it off": NIAAA; the DTs sentence: ASAM VII.5.
        sources: [niaaaOverdose, asamAlcoholSevere],
      },
      crisis: crisisRoute,
    },
  },
  pathways: {
    program: [
      {
        id: 'assessment',
        title: 'Talk it through and check your risk',
        summary: 'A clinician asks about your drinking and your health, to plan care that is safe for you.',
        details: [
          'They ask when you had your last drink and how much you usually drink.',
          'They ask about past withdrawal, seizures or DTs (severe withdrawal with confusion), other health problems and other medicines.',
          'This tells them whether you need help with withdrawal, and where.',
        ],
        duration: DEPENDS,
        sources: [asamAlcoholScreen, asamAlcoholRiskFactors],
      },
      {
        id: 'withdrawal-management',
        title: 'Safe withdrawal care, if you need it',
        summary: 'Not everyone needs it. When it is needed, most people can do it safely as outpatients.',
        details: [
          'When your risk is low, you stay at home and check in with your care team every day, for up to 5 days.',
          'A hospital or inpatient unit is for higher risk: past seizures or DTs, severe withdrawal, or other serious illness.',
          'More care may also be right if home is not safe or supportive, or if you have thoughts of suicide.',
          'Stopping safely is a first step. It is not the whole treatment.',
        ],
        duration: 'Usually a few days',
        sources: [asamAlcoholSetting, asamAlcoholOutpatient, asamAlcoholRiskFactors],
      },
      {
        id: 'treatment',
        title: 'Treatment: medicine, counseling and support groups',
        summary: 'Treatment can start at the same time as withdrawal care. Many people use more than one kind.',
        details: [
          'Three medicines are approved for alcohol use disorder: naltrexone, acamprosate and disulfiram. None of them is addictive.',
          'They help prevent a return to heavy drinking.',
          'Counseling helps you build skills and change habits. It works best when it is respectful, not confrontational.',
          'Mutual-help groups, such as 12-step groups, can be added to medicine and counseling.',
          'Your team suggests the least intensive setting that is safe for you. Many people do this as outpatients.',
        ],
        duration: DEPENDS,
        sources: [asamAlcoholStartTreatment, rethinkingDrinkingHelp, niaaaTreatmentOptions, asamAlcoholSetting],
      },
      {
        id: 'continuing-care',
        title: 'Continuing care',
        summary: 'Recovery is long-term. Regular check-ins help, often monthly for the first year.',
        details: [
          'The first year can be bumpy. A return to drinking is common. It is not failure.',
          'If it happens, talk to your care team and restart or adjust treatment.',
          'Recovery covers your health, a safe home, a purpose, and people around you.',
        ],
        duration: 'As long as it helps',
        sources: [asamAlcoholSevere, niaaaRecoveryMarathon, nidaRelapse, samhsaRecovery],
      },
    ],
  },
  facts: {
    whatItIs: [
      {
        id: 'standard-drink',
        text: 'In the U.S., one standard drink has about 14 grams of pure alcohol. That is 12 ounces of regular beer, 5 ounces of wine, or 1.5 ounces of liquor.',
        sources: [niaaaStandardDrink],
      },
      {
        id: 'aud',
        text: 'Alcohol use disorder is a medical condition. A person finds it hard to stop or control drinking, even when it causes harm.',
        sources: [niaaaCycle],
      },
      {
        id: 'not-a-flaw',
        text: 'Alcohol use disorder is not a choice or a flaw in character. Most people with it can benefit from treatment.',
        sources: [niaaaTreatment],
      },
    ],
    inTheBody: [
      {
        id: 'brain-signals',
        text: 'Alcohol changes the balance of calming and exciting signals in the brain. It slows reactions and affects memory.',
        sources: [brainFactsAlcohol, niaaaNeuroscience],
      },
      {
        id: 'reward-to-relief',
        text: 'At first, alcohol feels rewarding and eases stress. With heavy use over time, the reward fades and stress grows. Drinking then becomes a way to ease withdrawal.',
        sources: [niaaaNeuroscience],
      },
    ],
    dependence: [
      {
        id: 'tolerance',
        text: 'With heavy, regular drinking, the body gets used to alcohol. Needing more to feel the same effect is called tolerance. It is one of the signs of alcohol use disorder.',
        sources: [niaaaTreatment],
      },
      {
        id: 'brain-changes-last',
        text: 'Changes in the brain can last after a person stops drinking. They can make a return to drinking more likely.',
        sources: [niaaaCycle],
      },
    ],
    safety: [
      {
        id: 'withdrawal-can-kill',
        text: 'Stopping suddenly after heavy drinking can be dangerous. Severe withdrawal can cause seizures, confusion and death.',
        sources: [asamAlcoholRelease2020],
      },
      {
        id: 'withdrawal-timing',
        text: 'Withdrawal often starts 6 to 8 hours after the last drink. Seizures can happen in the first 2 days.',
        sources: [bjgpAlcoholWithdrawal],
      },
      {
        id: 'dts-timing',
        text: 'The most dangerous stage, delirium tremens (DTs), usually starts 2 to 3 days after the last drink. It causes severe confusion, shaking and fever. It can start when the worst seems over.',
        sources: [bjgpAlcoholWithdrawal],
      },
      {
        id: 'talk-first',
        text: 'If you drink heavily every day, or have had shakes, seizures or DTs, talk to a clinician before you stop.',
        sources: [asamAlcoholRiskFactors, asamAlcoholRelease2020],
      },
      {
        id: 'overdose',
        text: 'Drinking a lot in a short time can shut down the brain areas that control breathing and heart rate. This is an alcohol overdose. It can cause brain damage or death.',
        sources: [niaaaOverdose],
      },
      {
        id: 'mixing',
        text: 'Alcohol with opioids or benzodiazepines can cause extreme sleepiness, slowed breathing and death.',
        sources: [fdaOpioidBenzoWarning2016],
      },
      {
        id: 'no-health-benefit',
        text: "Don't start drinking for your health. Past studies overstated the benefits. Even low levels of drinking carry risks, such as breast cancer.",
        sources: [niaaaHowMuch],
      },
    ],
  },
  cycle: {
    steps: [
      { id: 'binge', text: 'Drinking, and feeling its rewarding effects (binge and intoxication).', sources: [niaaaCycle] },
      {
        id: 'withdrawal',
        text: 'When alcohol wears off, a low, stressed or uneasy mood sets in (withdrawal and negative feelings).',
        sources: [niaaaCycle],
      },
      {
        id: 'preoccupation',
        text: 'Thinking about drinking and wanting it again, even after a break (preoccupation and anticipation).',
        sources: [niaaaCycle],
      },
    ],
    framing: {
      id: 'framing',
      text: 'Alcohol use disorder changes how the brain handles reward, stress and self-control. It is a medical condition, not a flaw in character.',
      sources: [niaaaCycle, niaaaTreatment],
    },
    wayOut: {
      id: 'way-out',
      text: 'Treatment can break the cycle: medicine, counseling and support, often together. If you drink heavily every day, talk to a clinician before you stop.',
      sources: [rethinkingDrinkingHelp, asamAlcoholRiskFactors],
    },
  },
  stats: [
    {
      id: 'aud-2024',
      figure: '27.9 million',
      label: 'people aged 12 or older (9.7%) had an alcohol use disorder in the past year',
      definition:
        'They drank on 6 or more days and met 2 or more DSM-5 criteria. U.S. household survey (NSDUH); people in institutions are not counted.',
      year: '2024',
      source: nsduh2024Report,
    },
    {
      id: 'ardi-deaths-2020-2021',
      figure: '178,307',
      label: 'deaths a year in the U.S. from excessive drinking, on average',
      definition: 'It counts 58 causes, fully or partly due to alcohol, such as liver disease and injuries.',
      year: '2020–2021 (yearly average)',
      source: mmwrArdi2024,
    },
    {
      id: 'aud-and-dud-2024',
      figure: '7.7 million',
      label: 'people aged 12 or older had both an alcohol use disorder and a drug use disorder in the past year',
      definition: 'U.S. household survey (NSDUH); people in institutions are not counted.',
      year: '2024',
      source: nsduh2024Report,
    },
  ],
  tips: {
    do: [
      { id: 'calm-moment', text: 'Pick a calm moment when they are sober. Say what you have seen and how it affects you.', sources: [craftNrepp] },
      {
        id: 'reward-sober-time',
        text: "Notice and enjoy time without alcohol together. Plan things to do that don't involve drinking.",
        sources: [craftNrepp, millerCraft1999],
      },
      { id: 'explore-options', text: 'Look at treatment options together. Medicines and outpatient care are real options.', sources: [rethinkingDrinkingHelp] },
      {
        id: 'clinician-first',
        text: 'If they drink heavily every day, or have had shakes, seizures or DTs (severe withdrawal with confusion), urge them to see a clinician first.',
        sources: [asamAlcoholRiskFactors],
      },
      {
        id: 'know-emergency-signs',
        text: "Know the emergency signs: a seizure, new confusion or hallucinations, or someone you can't wake. Call 911.",
        sources: [niaaaOverdose, asamAlcoholSevere],
      },
      { id: 'your-support', text: 'Get support for yourself too. The 988 Lifeline also helps worried family and friends.', sources: [lifeline988] },
    ],
    dont: [
      {
        id: 'no-surprise-confrontation',
        text: "Don't stage a surprise confrontation. In a study, a kinder approach (CRAFT) got more than twice as many people into treatment.",
        sources: [millerCraft1999],
      },
      { id: 'labels', text: 'Don\'t use labels that shame. Say "a person with an alcohol use disorder".', sources: [nidaWordsMatter] },
      { id: 'no-lecture-while-drinking', text: "Don't lecture while they are drinking. Wait for a calm, sober moment.", sources: [craftNrepp] },
      { id: 'dont-cover-up', text: "Don't cover up the problems drinking causes. Let natural consequences happen, when it is safe.", sources: [craftNrepp] },
      { id: 'return-not-failure', text: "Don't criticize a return to drinking. It is common, and treatment can start again.", sources: [niaaaRecoveryMarathon, nidaRelapse] },
      { id: 'safety-first', text: 'If there is violence or a risk of harm, your safety comes first. Call 911 in danger.', sources: [craftNrepp] },
    ],
  },
};
