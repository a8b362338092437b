import { hrsaPoisonHelp, lifeline988 } from './sources.js';
import type { Helplines } from './types.js';

/** The default US lines (clinical-notes.md §3): the treatment center's own line, 911, 988, SAMHSA, Poison Help. */
export const usHelplines: Helplines = {
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
};

/**
 * The same lines without Poison Help, for the families whose notes do not support it (alcohol,
 * opioids: using Poison Help for them is marked unverified in alcohol-notes.md §2.3 and
 * opioid-notes.md §2.3).
 */
export const usHelplinesWithoutPoison: Helplines = {
  help: usHelplines.help,
  emergency: usHelplines.emergency,
  crisis: usHelplines.crisis,
  treatmentReferral: usHelplines.treatmentReferral,
};
