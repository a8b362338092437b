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
  /** Poison Help: extra doses or a child taking pills, when the person is awake and breathing. */
  poison: Helpline;
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

/** The self-check's lists. */
export interface Signs {
  /** Any one of these shows the emergency card (911, 988). */
  danger: Sign[];
  /** Withdrawal symptoms when a dose is missed or cut. */
  withdrawal: Sign[];
  /** Behaviours that can point to a substance use disorder; no character judgements. */
  behaviours: Sign[];
  /** Withdrawal while taking it as prescribed is physical dependence, which is not addiction. */
  dependenceNote: { text: ForAudience; source: Source };
  /** Never stop suddenly: talk to the prescriber. */
  stoppingNote: { text: ForAudience; source: Source };
  /**
   * The emergency card's routes: 911 for a medical emergency (and self-harm already done), 988 for
   * a crisis, Poison Help for too much taken by someone awake and breathing (clinical-notes.md §3, §5).
   */
  emergencyCard: {
    medical: { text: ForAudience; source: Source };
    crisis: { text: ForAudience; source: Source };
    poison: { text: ForAudience; source: Source };
  };
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

/** The treatment paths a timeline can show, by its `preset` attribute. */
export interface Pathways {
  /** The treatment center's program, from detox to life after treatment. */
  program: Stage[];
  /** The 2025 ASAM taper guideline's outpatient path. */
  'outpatient-taper': Stage[];
}

/** A health fact. The tuple type makes a fact without a source a type error. */
export interface Fact {
  id: string;
  text: string;
  sources: [Source, ...Source[]];
}

/** What a substance is and does, as the facts widget shows it. */
export interface SubstanceFacts {
  whatItIs: Fact[];
  approvedUses: Fact[];
  offLabelUses: Fact[];
  inTheBody: Fact[];
  dependence: Fact[];
  safety: Fact[];
}

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
  /** Partner-supplied figures may lack one; the card then says "Source not given". */
  source?: Source;
}

/** Advice for someone helping a friend or loved one. */
export interface SupportTips {
  do: Fact[];
  dont: Fact[];
}

export interface Pack {
  /** The value of a widget's `substance` attribute that selects this pack. */
  id: string;
  names: {
    generic: string;
    /** At least one brand name: widgets show "generic (brand)". */
    brands: [string, ...string[]];
  };
  helplines: Helplines;
  signs: Signs;
  pathways: Pathways;
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
export const UNTRANSLATED = ['id', 'number', 'sms', 'url', 'source', 'sources', 'helplines', 'names', 'defaultThreshold', 'accuracy'] as const;
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
