import { usHelplines } from '../helplines.js';
import {
  asamDependenceFigures,
  asamPatientGuide,
  beersCriteria2023,
  clonazepamHalfLife,
  fdaBoxedWarning,
  klonopinLabel,
  nyuEpilepsyClonazepam,
  statPearlsClonazepam,
  tan2010Reward,
  tolerance2011,
} from '../sources.js';
import type { Pack } from '../types.js';
import { benzodiazepineCycle, benzodiazepinePathways, benzodiazepineSigns, benzodiazepineStats, supportTips } from './benzodiazepine.js';

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
      {
        id: 'how-it-works',
        text: "Benzodiazepines boost GABA, a brain chemical that calms nerve activity. Research suggests they also indirectly activate the brain's reward system. This helps explain why they can be misused.",
        sources: [asamPatientGuide, tan2010Reward],
      },
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
      {
        id: 'not-addiction',
        text: 'Nearly everyone who takes a benzodiazepine regularly for more than a month becomes physically dependent. Only about 1.5% develop a benzodiazepine use disorder.',
        sources: [asamDependenceFigures],
      },
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
      {
        id: 'older-adults',
        text: 'Older adults are more sensitive to benzodiazepines. They face higher risks of falls, broken bones, confusion and car crashes.',
        sources: [beersCriteria2023],
      },
    ],
  },
  cycle: benzodiazepineCycle({
    id: 'takes',
    text: 'Someone takes clonazepam for panic, seizures or another condition.',
    sources: [klonopinLabel],
  }),
  stats: benzodiazepineStats,
  tips: supportTips,
};
