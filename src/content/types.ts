/**
 * The shape of a content pack: everything a widget says about one substance, as data.
 *
 * Content imports nothing. Every fact carries its source so it can be shown and audited
 * (see shared/content/clinical-notes.md, the project's clinical reference).
 */

/** Where a fact comes from. `url` is omitted only for a partner's own details. */
export interface Source {
  title: string;
  url?: string;
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

export interface Pack {
  /** The value of a widget's `substance` attribute that selects this pack. */
  id: string;
  names: {
    generic: string;
    brands: string[];
  };
  helplines: Helplines;
}
