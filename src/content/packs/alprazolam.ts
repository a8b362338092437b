import { usHelplines } from '../helplines.js';
import {
  alprazolamErBoxedWarning,
  asamPocketGuide,
  dawnAlprazolam2014,
  fdaBoxedWarning,
  samhsaAlprazolamPress2014,
  xanaxLabel,
  xanaxXrLabel,
} from '../sources.js';
import type { Pack } from '../types.js';
import { benzodiazepineCycle, classFacts, benzodiazepinePathways, benzodiazepineSigns, benzodiazepineStats, supportTips } from './benzodiazepine.js';

/**
 * Alprazolam (Xanax), which the seed article compares clonazepam to. Only facts confirmed from the
 * label, SAMHSA or class-level guidance are here. Left out because no authoritative source was
 * found: whether it is short- or intermediate-acting, off-label uses, and the label's peak-level
 * and half-life figures (seen only on unofficial copies of the label).
 */
export const alprazolam: Pack = {
  id: 'alprazolam',
  names: { generic: 'alprazolam', brands: ['Xanax'] },
  helplines: usHelplines,
  signs: benzodiazepineSigns('alprazolam', xanaxLabel),
  pathways: benzodiazepinePathways('alprazolam'),
  facts: {
    whatItIs: [
      {
        id: 'class',
        text: 'Xanax is a brand name for alprazolam. Alprazolam is a benzodiazepine, a type of calming medicine.',
        sources: [xanaxLabel, dawnAlprazolam2014],
      },
      classFacts.howItWorks,
    ],
    approvedUses: [
      { id: 'anxiety', text: 'It is approved for short-term treatment of generalized anxiety disorder in adults.', sources: [xanaxLabel] },
      {
        id: 'panic',
        text: 'It is approved to treat panic disorder, with or without agoraphobia, in adults. The extended-release form (Xanax XR) is approved for panic disorder only.',
        sources: [xanaxLabel, xanaxXrLabel],
      },
    ],
    offLabelUses: [],
    inTheBody: [],
    dependence: [
      {
        id: 'dependence',
        text: 'Physical dependence can start even with short-term use at prescribed doses. Higher doses and longer use raise the risk.',
        sources: [alprazolamErBoxedWarning, dawnAlprazolam2014, fdaBoxedWarning],
      },
      classFacts.notAddiction,
    ],
    safety: [
      {
        id: 'never-stop-suddenly',
        text: 'Never stop taking it suddenly. Stopping suddenly, or cutting down too fast, can cause withdrawal that can be life-threatening, including seizures.',
        sources: [xanaxLabel, fdaBoxedWarning],
      },
      {
        id: 'opioids-alcohol',
        text: 'Taking it with opioids can cause deep sleepiness, slowed breathing, coma and death. Alcohol and other sedating drugs make its effects dangerously stronger.',
        sources: [xanaxLabel, samhsaAlprazolamPress2014],
      },
      classFacts.olderAdults,
    ],
  },
  cycle: benzodiazepineCycle({
    id: 'takes',
    text: 'Someone takes alprazolam regularly, for anxiety or panic. Whether to keep taking it is decided with their prescriber.',
    sources: [xanaxLabel, asamPocketGuide],
  }),
  stats: [
    {
      id: 'ed-visits-2011',
      figure: '123,744',
      label: 'emergency department visits involved misuse of alprazolam; most also involved other drugs',
      year: '2011',
      source: dawnAlprazolam2014,
    },
    ...benzodiazepineStats,
  ],
  tips: supportTips,
};
