/** Sources of the opioid family (opioid-notes.md) (primary sources; see the notes files named). */
import type { Source } from '../types.js';

export const cdcRxBasics: Source = {
  title: 'CDC: Prescription Opioids: The Basics',
  url: 'https://www.cdc.gov/rxawareness/information/index.html',
};

export const cdcFentanylFacts: Source = {
  title: 'CDC: Fentanyl Facts',
  url: 'https://www.cdc.gov/stop-overdose/caring/fentanyl-facts.html',
};

export const cdcOverdoseResponse: Source = {
  title: 'CDC: What to Do if You Think Someone is Overdosing',
  url: 'https://www.cdc.gov/stop-overdose/response/index.html',
};

export const kyOpioidsBreathing: Source = {
  title: 'Kentucky Office of Drug Control Policy, Find Naloxone: What are opioids?',
  url: 'https://findnaloxone.ky.gov/Pages/what-are-opioids.aspx',
};

export const vivitrolSafety: Source = {
  title: 'VIVITROL (naltrexone ER) Important Safety Information (manufacturer, from the FDA label)',
  url: 'https://www.vivitrol.com/important-safety-information',
};

export const dsm5OudTable: Source = {
  title: 'DSM-5 opioid use disorder criteria, table reproduced in the American Journal on Addictions (PMC) — tolerance/withdrawal not counted under medical supervision',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6590307/table/ajad12862-tbl-0001',
};

export const darke2016Withdrawal: Source = {
  title: 'Darke, Larney & Farrell, Addiction 2016: "Yes, people can die from opiate withdrawal" (NDARC, UNSW)',
  url: 'https://ndarc.med.unsw.edu.au/blog/yes-people-can-die-opiate-withdrawal',
};

export const asamOud2020: Source = {
  title: 'ASAM National Practice Guideline for the Treatment of Opioid Use Disorder, 2020 Focused Update, pocket guide p. 6',
  url: 'http://eguideline.guidelinecentral.com/i/1224390-national-practice-guideline-for-the-treatment-of-opioid-use-disorder-2020-update/5',
};

export const asamOud2020Psychosocial: Source = {
  title: 'ASAM OUD guideline 2020, pocket guide p. 27 (psychosocial care must not delay medication)',
  url: 'https://eguideline.guidelinecentral.com/i/1224390/26',
};

export const asamOud2020Stopping: Source = {
  title: 'ASAM OUD guideline 2020, pocket guide p. 13 (stopping naltrexone; naloxone)',
  url: 'https://eguideline.guidelinecentral.com/i/1224390-national-practice-guideline-for-the-treatment-of-opioid-use-disorder-2020-update/12',
};

export const samhsaXWaiver: Source = {
  title: 'SAMHSA: Waiver Elimination (MAT Act)',
  url: 'https://www.samhsa.gov/medication-assisted-treatment/become-buprenorphine-waivered-practitioner/buprenorphine-waiver-faqs',
};

export const whoDetoxAlone: Source = {
  title: 'WHO: treatment of opioid dependence',
  url: 'http://www.who.int/substance_abuse/activities/treatment_opioid_dependence/en/',
};

export const bccsuWithdrawalOnly: Source = {
  title: 'BC Centre on Substance Use: recommendations on withdrawal management alone',
  url: 'https://bccsu.helpjuice.com/en_CA/34vi-recommendations-and-remarks-related-to-withdrawal-management',
};

export const surgeonGeneralMoudMyths: Source = {
  title: 'U.S. Surgeon General\'s report: medication misconceptions',
  url: 'https://addiction.surgeongeneral.gov/content/sidebar-medication-misconceptions',
};

export const nidaMoudFaq: Source = {
  title: 'NIDA Principles of Drug Addiction Treatment, FAQ: methadone and buprenorphine',
  url: 'http://www.drugabuse.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition/frequently-asked-questions/use-medications-methadone-buprenorphine',
};

export const nchsDataBrief522: Source = {
  title: 'NCHS Data Brief No. 522 (Dec 2024): Drug overdose deaths in the United States, 2003–2023',
  url: 'https://www.cdc.gov/nchs/products/databriefs/db522.htm',
};

export const mmwrOud2024: Source = {
  title: 'Dowell D et al. MMWR 2024;73(25): OUD treatment cascade and opioid-involved deaths',
  url: 'https://www.cdc.gov/mmwr/volumes/73/wr/mm7325a1.htm',
};

export const meyersCraftDrugs1999: Source = {
  title: 'Meyers et al., J Subst Abuse 1999: CRAFT with family members of people using drugs',
  url: 'https://vdocuments.net/community-reinforcement-and-family-training-craft-engaging-unmotivated-drug.html',
};

export const nyRxSafeStorage: Source = {
  title: 'New York State Department of Health: Rx awareness (store safely, don\'t share)',
  url: 'https://www.health.ny.gov/rxawareness',
};

export const naloxoneNoCompensation: Source = {
  title: 'Jones et al., Addictive Behaviors 2017: take-home naloxone and risk behaviour',
  url: 'https://plu.mx/a/?doi=10.1016/j.addbeh.2017.03.008',
};

export const narcanLabel: Source = {
  title: 'NARCAN (naloxone) nasal spray prescribing information (DailyMed): "not a substitute for emergency medical care"',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=139c30b9-5600-48f5-8610-0cacd2782398',
};

export const mmwrXylazine2022: Source = {
  title: 'Chhabra N et al. Notes from the Field: Xylazine-Related Deaths, Cook County, Illinois, 2017–2021. MMWR 2022;71(13):503–504',
  url: 'https://doi.org/10.15585/mmwr.mm7113a3',
};

export const joudrey2019PostRelease: Source = {
  title: 'Joudrey PJ et al. A conceptual model for understanding post-release opioid-related overdose risk. Addiction Science & Clinical Practice 2019;14:17',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6463640/',
};

export const surgeonGeneralCycle: Source = {
  title: "Surgeon General's Report (2016): three-stage addiction cycle, Fig. 2 as reproduced in Psychiatr Clin North Am 2022",
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9450117/figure/F2',
};

export const cdphOverdoseResponse: Source = {
  title: 'California Department of Public Health: What to do for an opioid overdose',
  url: 'https://cdph.ca.gov/Programs/CCDPHP/opioids/Pages/Respond.aspx',
};

export const cdcRxDeathsMaps: Source = {
  title: 'CDC: Prescription opioid overdose death maps ("Prescription opioids were involved in nearly 18% of all opioid overdose deaths in 2020")',
  url: 'https://www.cdc.gov/drugoverdose/deaths/prescription/maps.html',
};
