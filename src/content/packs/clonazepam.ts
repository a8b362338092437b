import { usHelplines } from '../helplines.js';
import {
  asamPocketGuide,
  clonazepamHalfLife,
  fdaBoxedWarning,
  klonopinLabel,
  nyuEpilepsyClonazepam,
  statPearlsClonazepam,
  tolerance2011,
} from '../sources.js';
import type { Pack } from '../types.js';
import { benzodiazepineCycle, classFacts, benzodiazepinePathways, benzodiazepineSigns, benzodiazepineStats, supportTips } from './benzodiazepine.js';

/**
 * Clonazepam (Klonopin): the default pack, from the seed article as corrected by
 * clinical-notes.md §4. Nothing marked [unverified] there is stated here.
 */
export const clonazepam: Pack = {
  id: 'clonazepam',
  names: { generic: 'clonazepam', brands: ['Klonopin'] },
  helplines: usHelplines,
  signs: benzodiazepineSigns('clonazepam', klonopinLabel),
  pathways: benzodiazepinePathways('clonazepam'),
  facts: {
    whatItIs: [
      {
        id: 'class',
        text: 'Klonopin is a brand name for clonazepam. Clonazepam is a long-acting benzodiazepine, a type of calming medicine.',
        sources: [klonopinLabel, statPearlsClonazepam],
      },
      classFacts.howItWorks,
    ],
    approvedUses: [
      { id: 'seizures', text: 'It is approved to treat certain seizure disorders.', sources: [klonopinLabel, statPearlsClonazepam, nyuEpilepsyClonazepam] },
      { id: 'panic', text: 'It is approved to treat panic disorder, with or without agoraphobia.', sources: [klonopinLabel, statPearlsClonazepam] },
    ],
    offLabelUses: [
      {
        id: 'off-label',
        text: 'Doctors sometimes prescribe it "off-label" for other conditions, such as restless legs syndrome. Generalized anxiety is not an approved use.',
        sources: [statPearlsClonazepam, klonopinLabel],
      },
    ],
    inTheBody: [
      { id: 'peak', text: 'It reaches its highest level in the blood 1 to 4 hours after a dose.', sources: [klonopinLabel] },
      { id: 'half-life', text: 'Its half-life is usually 30 to 40 hours, so it stays in the body for days.', sources: [clonazepamHalfLife] },
    ],
    dependence: [
      {
        id: 'weeks',
        text: 'Tolerance and physical dependence can develop within weeks of regular use, even at prescribed doses.',
        sources: [fdaBoxedWarning, tolerance2011],
      },
      classFacts.notAddiction,
    ],
    safety: [
      {
        id: 'never-stop-suddenly',
        text: 'Never stop taking it suddenly. Stopping suddenly, or cutting down too fast, can cause seizures that can be life-threatening.',
        sources: [fdaBoxedWarning, klonopinLabel],
      },
      {
        id: 'opioids-alcohol',
        text: 'Taking it with opioids can cause deep sleepiness, slowed breathing, coma and death. Alcohol adds to the danger.',
        sources: [klonopinLabel],
      },
      classFacts.olderAdults,
    ],
  },
  cycle: benzodiazepineCycle({
    id: 'takes',
    text: 'Someone takes clonazepam regularly, for panic, seizures or another condition. Whether to keep taking it is decided with their prescriber.',
    sources: [klonopinLabel, asamPocketGuide],
  }),
  stats: benzodiazepineStats,
  tips: supportTips,
};
