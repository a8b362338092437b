/** Sources shared by the packs (see shared/content/clinical-notes.md for each). */
import type { Source } from './types.js';

export const asamTable3: Source = {
  title: 'ASAM Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025), pocket guide, Table 3',
  url: 'https://eguideline.guidelinecentral.com/i/1532950',
};
export const useDisorderCriteria: Source = {
  title: 'Sedative, hypnotic or anxiolytic use disorder: diagnostic criteria (PsychDB)',
  url: 'https://www.psychdb.com/addictions/sedative-hypnotics/1-use-disorder',
};
export const asamPocketGuide: Source = {
  title: 'ASAM Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025), pocket guide',
  url: 'https://eguideline.guidelinecentral.com/i/1532950',
};
export const asamPatientGuide: Source = {
  title: 'ASAM benzodiazepine tapering guideline (2025), patient guide',
  url: 'https://eguideline.guidelinecentral.com/i/1539871',
};
export const asamCriteria: Source = {
  title: 'The ASAM Criteria: levels of care (summary)',
  url: 'https://midshorebehavioralhealth.org/glossary/asam-criteria/',
};
export const samhsaRecovery: Source = {
  title: "SAMHSA's working definition of recovery: health, home, purpose, community",
  url: 'https://behavioralhealthnews.org/samhsas-working-definition-of-recovery/',
};
export const hrsaPoisonHelp: Source = {
  title: 'HRSA Poison Help: "If someone is unconscious or has trouble breathing, call 911"',
  url: 'https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html',
};
export const klonopinLabel: Source = {
  title: 'Klonopin (clonazepam) prescribing information, including its boxed warning (DailyMed)',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cfa0d79a-843c-4b88-95a1-e9511d649ca1',
};
export const lifeline988: Source = {
  title: '988 Suicide & Crisis Lifeline: what to expect',
  url: 'https://988lifeline.org/get-help/what-to-expect',
};
/** Warning behaviours that are safe, behaviour-based wording but not DSM criteria themselves. */
export const factCheckedBehaviour: Source = {
  title: "Warning behaviour from the treatment center's article, kept as behaviour-based wording by our clinical fact-check (not a DSM criterion)",
};
export const fdaBoxedWarning: Source = {
  title: 'FDA (2020): boxed warning updated to improve safe use of benzodiazepines',
  url: 'https://www.fda.gov/drugs/fda-drug-safety-podcasts/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
};
export const statPearlsClonazepam: Source = {
  title: 'StatPearls: Clonazepam (NCBI Bookshelf)',
  url: 'https://statpearls.com/as/pulmonary/19617/',
};
export const nyuEpilepsyClonazepam: Source = {
  title: 'NYU Langone Comprehensive Epilepsy Center: clonazepam',
  url: 'http://epilepsy.med.nyu.edu/treatment/medications/clonazepam',
};
export const clonazepamHalfLife: Source = {
  title: 'Clonazepam half-life "typically 30 to 40 hours", per the FDA label (Ascendant NY summary)',
  url: 'https://www.ascendantny.com/clonazepam-half-life/',
};
export const tan2010Reward: Source = {
  title: 'Tan KR et al. Neural bases for addictive properties of benzodiazepines. Nature 2010;463:769',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2871668',
};
export const tolerance2011: Source = {
  title: 'Swiss Medical Weekly (2011): tolerance to benzodiazepines within weeks of chronic use',
  url: 'https://smw.ch/index.php/smw/article/download/1368/1621?inline=1',
};
export const asamDependenceFigures: Source = {
  title: 'ASAM benzodiazepine tapering pocket guide: physical dependence and use disorder',
  url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/1',
};
export const beersCriteria2023: Source = {
  title: 'American Geriatrics Society Beers Criteria (2023), doi:10.1111/jgs.18372',
  url: 'https://doi.org/10.1111/jgs.18372',
};
/** SAMHSA's own report (public domain). Its definition of misuse is the one the stat card gives. */
export const nsduh2020Benzodiazepines: Source = {
  title:
    'SAMHSA (2021). Key substance use and mental health indicators in the United States: results from the 2020 National Survey on Drug Use and Health (PEP21-07-01-003), Figure 9',
  url: 'https://www.samhsa.gov/data/sites/default/files/reports/rpt35325/NSDUHFFRPDFWHTMLFiles2020/2020NSDUHFFR102121.htm',
};
export const blanco2018: Source = {
  title:
    'Blanco C et al. Prevalence and correlates of benzodiazepine use, misuse, and use disorders among adults in the U.S. J Clin Psychiatry 2018;79(6):18m12174 ("among benzodiazepine users … 1.5% had benzodiazepine use disorders")',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10309967',
};
export const maust2019: Source = {
  title: 'Maust DT et al. Benzodiazepine use and misuse among adults in the United States. Psychiatr Serv 2019',
  url: 'https://doi.org/10.1176/appi.ps.201800321',
};
export const nidaWordsMatter: Source = {
  title: 'NIDA: Words matter, preferred language for talking about addiction',
  url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction',
};
export const seedHelpingSection: Source = {
  title: 'The treatment center\'s article, "Helping a Friend or Loved One"',
};
export const xanaxLabel: Source = {
  title: 'XANAX (alprazolam) prescribing information, highlights and boxed warning (Pfizer)',
  url: 'https://labeling.pfizer.com/showlabeling.aspx?id=547',
};
export const xanaxXrLabel: Source = {
  title: 'XANAX XR prescribing information (Pfizer Medical Information)',
  url: 'https://www.pfizermedicalinformation.com/en-us/xanax-xr?tab=pi',
};
export const alprazolamErBoxedWarning: Source = {
  title: 'DailyMed: alprazolam extended-release tablets, boxed warning (2025)',
  url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=c140f38c-8a57-4737-854b-ef4e72986b26&version=1',
};
export const dawnAlprazolam2014: Source = {
  title: 'SAMHSA, The DAWN Report: emergency department visits involving nonmedical use of alprazolam (2014)',
  url: 'https://www.samhsa.gov/data/2K14/DAWN153/sr153-alprazolam-2014.htm',
};
export const samhsaAlprazolamPress2014: Source = {
  title: 'SAMHSA press announcement (22 May 2014): alprazolam emergency department visits',
  url: 'https://www.samhsa.gov/newsroom/press-announcements/201405220400',
};
