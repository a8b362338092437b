/** Sources of the alcohol family (alcohol-notes.md) (primary sources; see the notes files named). */
import type { Source } from '../types.js';

export const niaaaStandardDrink: Source = {
  title: 'NIAAA: What is a standard drink?',
  url: 'https://www.niaaa.nih.gov/alcohols-effects-health/overview-alcohol-consumption/what-standard-drink',
};

export const niaaaCycle: Source = {
  title: 'NIAAA: The Cycle of Alcohol Addiction',
  url: 'https://www.niaaa.nih.gov/publications/cycle-alcohol-addiction',
};

export const niaaaTreatment: Source = {
  title: 'NIAAA: Treatment for Alcohol Problems: Finding and Getting Help',
  url: 'https://niaaa.nih.gov/publications/brochures-and-fact-sheets/treatment-alcohol-problems-finding-and-getting-help',
};

export const niaaaNeuroscience: Source = {
  title: 'NIAAA Core Resource on Alcohol: Neuroscience: the brain in addiction and recovery',
  url: 'https://www.niaaa.nih.gov/health-professionals-communities/core-resource-on-alcohol/neuroscience-brain-addiction-and-recovery',
};

export const brainFactsAlcohol: Source = {
  title: 'BrainFacts.org (Society for Neuroscience): The Effects of Alcohol',
  url: 'http://www.brainfacts.org/thinking-sensing-and-behaving/diet-and-lifestyle/2012/alcohol',
};

export const niaaaHowMuch: Source = {
  title: 'NIAAA Core Resource: The Basics: Defining How Much Alcohol is Too Much',
  url: 'https://niaaa.nih.gov/health-professionals-communities/core-resource-on-alcohol/basics-defining-how-much-alcohol-too-much',
};

export const niaaaOverdose: Source = {
  title: 'NIAAA: Understanding the Dangers of Alcohol Overdose',
  url: 'https://niaaa.nih.gov/alcohols-effects-health/alcohol-topics/health-topics-alcohol-overdose',
};

export const asamAlcoholRelease2020: Source = {
  title: 'ASAM (7 Apr 2020): draft guideline on alcohol withdrawal management',
  url: 'https://www.asam.org/Quality-Science/quality-science-news/quality-science/2020/04/07/asam-releases-draft-of-guideline-on-alcohol-withdrawal-management',
};

export const asamAlcoholRiskFactors: Source = {
  title: 'ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020), pocket guide, Rec. II.5 (risk of severe or complicated withdrawal)',
  url: 'https://eguideline.guidelinecentral.com/i/1254278/5',
};

export const asamAlcoholSetting: Source = {
  title: 'ASAM alcohol withdrawal guideline (2020), pocket guide, Rec. III.1–III.3 (level of care)',
  url: 'https://eguideline.guidelinecentral.com/i/1254278-alcohol-withdrawal-management/8',
};

export const asamAlcoholOutpatient: Source = {
  title: 'ASAM alcohol withdrawal guideline (2020), pocket guide, Rec. IV.1–IV.11 (outpatient care)',
  url: 'https://eguideline.guidelinecentral.com/i/1254278-alcohol-withdrawal-management/13',
};

export const asamAlcoholStartTreatment: Source = {
  title: 'ASAM alcohol withdrawal guideline (2020), pocket guide, Rec. IV.12 (start AUD treatment alongside)',
  url: 'https://eguideline.guidelinecentral.com/i/1254278/14',
};

export const asamAlcoholSevere: Source = {
  title: 'ASAM alcohol withdrawal guideline (2020), pocket guide, Rec. VII.4–VII.5 (severe withdrawal; follow-up)',
  url: 'https://eguideline.guidelinecentral.com/i/1254278/30',
};

export const asamAlcoholScreen: Source = {
  title: 'ASAM alcohol withdrawal guideline (2020): Rec. I.1–I.2, II.4 (screen and assess)',
  url: 'https://www.guidelinecentral.com/guideline/7103',
};

export const bjgpAlcoholWithdrawal: Source = {
  title: 'British Journal of General Practice: alcohol withdrawal, Table 1 (timing of withdrawal stages)',
  url: 'https://bjgp.org/highwire/markup/23839/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
};

export const rethinkingDrinkingHelp: Source = {
  title: 'NIAAA Rethinking Drinking: professional help (medicines are not addictive; settings)',
  url: 'http://rethinkingdrinking.niaaa.nih.gov/thinking-about-change/professional-support',
};

export const niaaaTreatmentOptions: Source = {
  title: 'NIAAA Core Resource: Recommend evidence-based treatment: know the options',
  url: 'https://www.niaaa.nih.gov/health-professionals-communities/core-resource-on-alcohol/recommend-evidence-based-treatment-know-options',
};

export const niaaaRecoveryMarathon: Source = {
  title: 'NIAAA Core Resource: Support recovery: it\'s a marathon, not a sprint',
  url: 'https://niaaa.nih.gov/health-professionals-communities/core-resource-on-alcohol/support-recovery-its-marathon-not-sprint',
};

export const nsduh2024Report: Source = {
  title: 'SAMHSA, 2024 National Survey on Drug Use and Health: Annual National Report (text quoted verbatim by Drug Policy Facts)',
  url: 'https://www.drugpolicyfacts.org/node/1401',
};

export const nsduh2024Methods: Source = {
  title: 'SAMHSA, 2024 NSDUH Methodological Summary and Definitions',
  url: 'https://www.samhsa.gov/data/sites/default/files/reports/rpt56485/2024-nsduh-method-summ-defs/2024-nsduh-method-summ-defs/2024-nsduh-method-summary-defs.htm',
};

export const mmwrArdi2024: Source = {
  title: 'Esser MB et al. Deaths from Excessive Alcohol Use — United States, 2016–2021. MMWR 2024;73(8)',
  url: 'https://www.cdc.gov/mmwr/volumes/73/wr/mm7308a1.htm',
};

export const millerCraft1999: Source = {
  title: 'Miller, Meyers & Tonigan (1999): engaging unmotivated drinkers in treatment (CRAFT vs Al-Anon vs Johnson intervention)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/10535235/',
};

