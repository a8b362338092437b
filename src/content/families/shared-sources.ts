/** Sources of the alcohol and opioid families, cited by both notes files (primary sources; see the notes files named). */
import type { Source } from '../types.js';

export const craftVsAlAnon: Source = {
  title: 'CRAFT vs Al-Anon/Nar-Anon facilitation, randomised trial (PMC)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5690811',
};

export const fdaOpioidBenzoWarning2016: Source = {
  title: 'FDA Drug Safety Communication (31 Aug 2016): serious risks and death when combining opioid pain or cough medicines with benzodiazepines',
  url: 'https://fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
};

export const craftNrepp: Source = {
  title: 'SAMHSA NREPP: Community Reinforcement and Family Training (CRAFT)',
  url: 'https://www.nreppadmin.net/viewintervention_id_378.html',
};

export const nidaRelapse: Source = {
  title: 'NIDA: relapse rates for drug addiction are similar to those of other chronic illnesses',
  url: 'http://www.drugabuse.gov/publications/addiction-science/relapse/relapse-rates-drug-addiction-are-similar-to-those-other-well-characterized-chronic-ill',
};
