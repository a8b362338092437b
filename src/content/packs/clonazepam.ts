import type { Pack } from '../types.js';

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
};
