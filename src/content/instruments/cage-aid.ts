import type { YesNoScreen } from '../types.js';

/**
 * CAGE-AID (Brown & Rounds 1995), wording and figures as in clinical-notes.md §1.1–1.2. Described
 * as not copyrighted. The loved-one wording is our third-person adaptation; the instrument was
 * written for people answering about themselves, and the widget says so.
 */
export const cageAid: YesNoScreen = {
  id: 'cage-aid',
  name: 'CAGE-AID',
  preface:
    'When thinking about drug use, include illegal drug use and the use of prescription drugs other than prescribed.',
  questions: [
    {
      id: 'cut-down',
      text: {
        self: 'Have you ever felt that you ought to cut down on your drinking or drug use?',
        lovedOne: 'Has your loved one ever felt that they ought to cut down on their drinking or drug use?',
      },
    },
    {
      id: 'annoyed',
      text: {
        self: 'Have people annoyed you by criticizing your drinking or drug use?',
        lovedOne: 'Have people annoyed your loved one by criticizing their drinking or drug use?',
      },
    },
    {
      id: 'guilty',
      text: {
        self: 'Have you ever felt bad or guilty about your drinking or drug use?',
        lovedOne: 'Has your loved one ever felt bad or guilty about their drinking or drug use?',
      },
    },
    {
      id: 'eye-opener',
      text: {
        self: 'Have you ever had a drink or used drugs first thing in the morning to steady your nerves or to get rid of a hangover?',
        lovedOne:
          'Has your loved one ever had a drink or used drugs first thing in the morning to steady their nerves or to get rid of a hangover?',
      },
    },
  ],
  defaultThreshold: 2,
  accuracy: [
    { threshold: 1, sensitivity: 79, specificity: 77 },
    { threshold: 2, sensitivity: 70, specificity: 85 },
  ],
  sources: [
    {
      title: 'Brown RL, Rounds LA. Conjoint screening questionnaires for alcohol and other drug abuse. Wis Med J 1995;94:135 (overview with accuracy figures)',
      url: 'https://scribd.com/doc/199855410/ST-Alkohol-1',
    },
    {
      title: 'CASA, Addiction Medicine: Closing the Gap ("Neither of the questionnaires is copyrighted")',
      url: 'https://issuhub.com/view/index?id=5644&pageIndex=327',
    },
  ],
};
