/**
 * The shape of a content pack: everything a widget says about one substance, as data.
 *
 * Content imports nothing. Every fact carries its source so it can be shown and audited
 * (see shared/content/clinical-notes.md, the project's clinical reference).
 */

/**
 * Where a fact comes from. `url` is omitted only where no public page exists: a partner's own
 * details, and the treatment center's own article.
 */
export interface Source {
  title: string;
  url?: string;
  /**
   * The language of the title. Unset: English, as every source in the packs is. `''`: the page's
   * own language (a partner's source, our "Provided by" line).
   */
  lang?: string;
}

/**
 * A phone line a reader can reach.
 * `number` is E.164 for full numbers (`+18443187500`) or a short code (`911`, `988`).
 */
export interface Helpline {
  name: string;
  number: string;
  /** Set when the line also takes text messages, at this number or short code. */
  sms?: string;
  /** When the line answers, in plain words ("24/7"). */
  hours?: string;
  source: Source;
}

export interface Helplines {
  /** The treatment center's own line: the banner's main call to action. */
  help: Helpline;
  /** 911: a medical emergency (overdose, seizure, not breathing well). */
  emergency: Helpline;
  /** 988 Suicide & Crisis Lifeline: call or text. */
  crisis: Helpline;
  /** SAMHSA National Helpline: free treatment referral. */
  treatmentReferral: Helpline;
  /**
   * Poison Help: extra doses or a child taking pills, when the person is awake and breathing. Only
   * where the family's notes support it (benzodiazepines); absent for alcohol and opioids.
   */
  poison?: Helpline;
}

/**
 * Wording for a reader asking about themselves (`self`) and about someone else (`lovedOne`).
 * A plain string reads the same for both.
 */
export type ForAudience = string | { self: string; lovedOne: string };

/** One thing a reader can check: a danger sign, a withdrawal symptom or a warning behaviour. */
export interface Sign {
  id: string;
  text: ForAudience;
  source: Source;
}

/**
 * A question about a risk (opioids: a recent break, mixing, using alone, pills not from a
 * pharmacy). It is never scored: checking it shows its safety text and changes no result.
 */
export interface RiskQuestion {
  id: string;
  text: ForAudience;
  /** Shown while the question is checked. */
  safety: ForAudience;
  source: Source;
}

/** A sentence with its source, for notes and cards; `sources` where it draws on more than one. */
export type SourcedText = { text: ForAudience } & ({ source: Source } | { sources: [Source, ...Source[]] });

/** The card a danger sign opens: one call to action per route, and nothing else competing. */
export interface EmergencyCard {
  /** The medical emergency: when to call 911. */
  medical: SourcedText;
  /** What to do while help comes, in order (the opioid overdose card: 911, naloxone, on their side, stay). */
  steps?: (SourcedText & { id: string })[];
  /** A line after the steps ("Naloxone is sold without a prescription."). */
  stepsNote?: SourcedText;
  /** The crisis route: 988. */
  crisis: SourcedText;
  /**
   * Poison Help, for too much taken by someone awake and breathing (clinical-notes.md §3, §5); only
   * where the family's notes support it (benzodiazepines), and shown only with a Poison Help line.
   */
  poison?: SourcedText;
}

/** The self-check's lists. Each family has its own; a part a family lacks is absent, never blank. */
export interface Signs {
  /** Any one of these shows the emergency card (911, 988). */
  danger: Sign[];
  /** Withdrawal symptoms when a dose is missed or cut, or drinking is cut down. */
  withdrawal: Sign[];
  /** Behaviours that can point to a substance use disorder; no character judgements. */
  behaviours: Sign[];
  /** Unscored risk questions, after the scored lists; each checked one shows its safety text. */
  risks?: RiskQuestion[];
  /** What withdrawal symptoms mean here (taken as prescribed: physical dependence, not addiction). */
  dependenceNote?: SourcedText;
  /** How to stop safely: never suddenly, and with a clinician. */
  stoppingNote: SourcedText;
  /** When to get medical care today; shown with the result while any withdrawal sign is checked (alcohol). */
  urgentNote?: SourcedText;
  /**
   * The emergency card's routes: 911 for a medical emergency (and self-harm already done), 988 for
   * a crisis, and Poison Help where the family has it (clinical-notes.md §3, §5).
   */
  emergencyCard: EmergencyCard;
}

/** One step on a treatment path. */
export interface Stage {
  id: string;
  title: string;
  /** One plain sentence, always visible. */
  summary: string;
  /** What happens and who is there, shown when the stage is opened. */
  details: string[];
  /** How long, in plain words. Partners may replace it (`durations` attribute). */
  duration?: string;
  sources: [Source, ...Source[]];
}

/** Every value of the timeline's `preset` attribute, across the families. */
export const PRESETS = ['program', 'outpatient-taper'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * The treatment paths a timeline can show, by its `preset` attribute. Every family has `program`,
 * its default path; benzodiazepines also have the 2025 ASAM taper guideline's `outpatient-taper`.
 */
export type Pathways = { program: Stage[] } & { [P in Exclude<Preset, 'program'>]?: Stage[] };

/** A health fact. The tuple type makes a fact without a source a type error. */
export interface Fact {
  id: string;
  text: string;
  sources: [Source, ...Source[]];
}

/** The facts widget's sections, in reading order; each family has some of them. */
export const FACT_SECTIONS = [
  'whatItIs',
  'approvedUses',
  'offLabelUses',
  'howItActs',
  'inTheBody',
  'dependence',
  'withdrawal',
  'overdose',
  'mixing',
  'treatment',
  'safety',
] as const;
export type FactSection = (typeof FACT_SECTIONS)[number];

/** What a substance is and does, as the facts widget shows it. A section left out is not shown. */
export type SubstanceFacts = { [S in FactSection]?: Fact[] };

/** The dependence loop: its steps in order, what it is (and is not), and the safe way to stop, if the reader and their prescriber decide to. */
export interface DependenceCycle {
  steps: Fact[];
  framing: Fact;
  wayOut: Fact;
}

/** A statistic as a card: the figure, what it counts, the year, and where it comes from. */
export interface Stat {
  id: string;
  figure: string;
  label: string;
  year: string;
  /**
   * Who was counted and exactly what (e.g. "Past-year alcohol use disorder, people aged 12 and
   * older"), shown on the card. Every alcohol and opioid figure has one.
   */
  definition?: string;
  /** Partner-supplied figures may lack one; the card then says "Source not given". */
  source?: Source;
}

/** Advice for someone helping a friend or loved one. */
export interface SupportTips {
  do: Fact[];
  dont: Fact[];
}

/** The substance families the kit knows. Each family's content lives in its own modules. */
export type Family = 'benzodiazepine' | 'alcohol' | 'opioid';

/** The guidance the self-check gives for what was checked (a danger sign opens the card instead). */
export type Guidance = 'none' | 'withdrawal' | 'some' | 'several';

/**
 * The widgets' words that depend on the family. The kit's UI strings (locales/en.ts) are written
 * for a prescribed medicine (benzodiazepines); a family whose words differ says so here, and what
 * it leaves out is the UI string.
 */
export interface FamilyWording {
  /** The facts widget's heading, for a substance without a brand name ("About alcohol"). */
  factsHeading?: string;
  /** Section headings that differ from the UI's ("What are opioids?"), or that the UI lacks. */
  factSections?: { [S in FactSection]?: string };
  factsCta?: string;
  checklist?: {
    heading?: { self: string; lovedOne: string };
    dangerLegend?: { self: string; lovedOne: string };
    withdrawalLegend?: { self: string; lovedOne: string };
    /** The emergency card's heading ("Possible overdose: act now"). */
    emergencyHeading?: string;
    risksLegend?: { self: string; lovedOne: string };
    /** Says that the risk questions are not scored. */
    risksNote?: string;
    result?: Record<'self' | 'lovedOne', Record<Guidance, [title: string, advice: string]>>;
  };
  timelineHeadings?: { [P in Preset]?: string };
  cycleHeading?: string;
  cycleCta?: string;
  statsHeading?: string;
  /** Under the stat cards, when two of them could read as a trend ("Different measures and years; not a trend."). */
  statsNote?: string;
}

export interface Pack {
  /** The value of a widget's `substance` attribute that selects this pack. */
  id: string;
  family: Family;
  names: {
    generic: string;
    /** Brand names, for a medicine: widgets show "generic (brand)". */
    brands?: [string, ...string[]];
  };
  wording?: FamilyWording;
  helplines: Helplines;
  signs: Signs;
  pathways: Pathways;
  /** Shown under every path of the timeline (opioids: detox alone is not treatment). */
  pathwayNote?: Fact;
  facts: SubstanceFacts;
  cycle: DependenceCycle;
  /** Shipped figures must be supported in clinical-notes.md, so each one has a source. */
  stats: (Stat & { source: Source })[];
  tips: SupportTips;
}

/** A published screening questionnaire with yes/no questions, reproduced with its sources. */
export interface YesNoScreen {
  id: string;
  name: string;
  /** Read before the questions. */
  preface: string;
  questions: { id: string; text: ForAudience }[];
  /** Positive at this many "yes" answers or more, unless the partner sets another threshold. */
  defaultThreshold: number;
  /** Published accuracy at a threshold, as whole percentages. */
  accuracy: { threshold: number; sensitivity: number; specificity: number }[];
  sources: Source[];
}

/** Keys that are never translated, at any depth: identifiers, numbers, links, citations and names. */
export const UNTRANSLATED = ['id', 'family', 'number', 'sms', 'url', 'source', 'sources', 'helplines', 'names', 'defaultThreshold', 'accuracy'] as const;
export type Untranslated = (typeof UNTRANSLATED)[number];

/**
 * The translatable text of a content value, for another language: every string can be replaced;
 * lists of items with an `id` are translated by id; other lists (a stage's details) are replaced
 * line for line, with as many lines as the English; UI template functions take the same arguments. Everything is optional: whatever a
 * translation leaves out falls back to English, and `npm run content:check` reports it.
 * Where the English is one string for both audiences (`ForAudience`), a translation may give a
 * `{ self, lovedOne }` pair instead, when its language needs two wordings.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer U)[]
      ? U extends { id: string }
        ? { readonly [id: string]: Translation<U> }
        : readonly string[]
      : T extends object
        ? { readonly [K in keyof T as K extends Untranslated ? never : K]?: Translation<T[K]> }
        : never;
