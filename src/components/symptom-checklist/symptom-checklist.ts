import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { cageAid } from '../../content/instruments/cage-aid.js';
import { cageAidIn } from '../../internal/content.js';
import type { ForAudience, Guidance, RiskQuestion, Sign, Source } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { callLink, crisisLinks, emergencyLink, emergencySentence, poisonLink } from '../../internal/help-line.js';
import { AuthoredList } from '../../internal/controllers/authored-children.js';
import { parseAuthoredSigns } from '../../internal/parsers/authored-lists.js';
import { oneOf, parseThreshold } from '../../internal/parsers/attributes.js';
import { collectSources, partnerSource, sourceList, sourcesDisclosure } from '../../internal/sources.js';
import { styles } from './symptom-checklist.styles.js';
import { checklistPart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

const MODES = ['signs', 'cage-aid'] as const;
const AUDIENCES = ['self', 'loved-one'] as const;

type Mode = (typeof MODES)[number];
type Who = 'self' | 'lovedOne';
/**
 * `withdrawal`: withdrawal symptoms only. They are never warning signs (physical dependence can come
 * with prescribed use; clinical-notes.md §1.3), so the host is not told `some`.
 */
export type SignsLevel = 'none' | 'withdrawal' | 'some' | 'several' | 'emergency';
export type ScreenLevel = 'negative' | 'positive';
type Level = SignsLevel | ScreenLevel;

export interface RwResultDetail {
  widget: string;
  mode: Mode;
  /** The outcome only. The reader's answers never leave the element. */
  level: Level;
}

interface SignGroup {
  /** Names the legend. Withdrawal symptoms are physical dependence: they never count as warning signs. */
  kind: 'danger' | 'withdrawal' | 'behaviours' | 'custom';
  signs: Sign[];
  note?: ForAudience;
}

/**
 * Warning signs (not withdrawal symptoms) from which the guidance says "several". Our own cut-off
 * for choosing words, not a validated score: the widget is a screen, not a diagnosis.
 */
const SEVERAL = 3;

const say = (text: ForAudience, who: Who): string => (typeof text === 'string' ? text : text[who]);

/**
 * A private self-check that leads to help: danger signs first (any one shows an emergency card),
 * then withdrawal symptoms and warning behaviours with graded guidance; or the CAGE-AID screen.
 *
 * @element rw-symptom-checklist
 *
 * @fires rw-result - The outcome changed. `detail: { widget, mode, level }`, never the answers.
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 *
 * @csspart checklist - The labelled region around everything.
 * @csspart heading - The heading.
 * @csspart intro - "Check any that apply. This is a screen, not a diagnosis."
 * @csspart emergency-card - The card with 911 and 988 shown for a danger sign.
 * @csspart group - Each group of checkboxes or each CAGE-AID question.
 * @csspart risks - The unscored risk questions (opioids), also a `group`.
 * @csspart risk-safety - The safety text each checked risk question shows.
 * @csspart steps - The emergency card's steps while help comes (the opioid overdose card).
 * @csspart item - Each checkbox or yes/no answer with its label.
 * @csspart note - The notes on physical dependence and on never stopping suddenly.
 * @csspart result - The live result.
 * @csspart call - The call link under the result.
 * @csspart clear - The "Clear my answers" button.
 * @csspart emergency - The quiet emergency line (911, 988, SAMHSA).
 * @csspart sources - The sources disclosure (or "About this screen" in cage-aid mode).
 *
 * @cssprop --rw-danger - The emergency card's border and buttons. Default `#b3261e` (`#ffb4ab` in a dark colour scheme). Button text stays readable on it.
 * @cssprop --rw-on-danger - Text on the emergency card's buttons. Default `#ffffff` (`#690005` in a dark colour scheme).
 * @cssprop [--rw-danger-surface=Canvas] - The emergency card's background.
 * @cssprop [--rw-danger-text=CanvasText] - The emergency card's text.
 *
 * @slot - A `<ul>` or `<ol>` whose items (read as text) replace the withdrawal and behaviour lists; the danger signs always stay. Also a call link such as `<p><a href="tel:…">Call …</a></p>` for readers without JavaScript; the widget takes its help line from it when there is no `phone` attribute.
 */
export class RwSymptomChecklist extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    mode: {},
    audience: {},
    threshold: {},
    heading: {},
    checked: { state: true },
    answers: { state: true },
    cleared: { state: true },
  };

  /** `signs` (default): danger signs, withdrawal, behaviours. `cage-aid`: the four CAGE-AID questions. */
  declare mode?: 'signs' | 'cage-aid';

  /** `self` (default) or `loved-one`: who the questions are about. */
  declare audience?: 'self' | 'loved-one';

  /** cage-aid: positive at this many "yes" answers or more: 1 or 2 (default 2), the thresholds with published accuracy. */
  declare threshold?: string;

  /** Replaces the default heading. */
  declare heading?: string;

  private checked = new Set<string>();
  private answers: Record<string, boolean> = {};
  private cleared = false;

  private activeMode: Mode = 'signs';
  private who: Who = 'self';
  private cutoff = cageAid.defaultThreshold;
  /** The checkbox groups after the danger signs: the pack's, or the author's light-DOM list. */
  private groups: SignGroup[] = [];
  /** Every source behind the signs mode, once each. */
  private sources: Source[] = [];
  private outcome: { level?: Level; guidance?: Guidance } = {};
  private reported?: Level;
  /** The author's `<ul>` of signs, which replaces the withdrawal and behaviour lists (credited to the page). */
  private readonly customSigns = new AuthoredList(
    this,
    () => parseAuthoredSigns(this, partnerSource(this.language.common)),
    () => this.language.changed,
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.activeMode = this.take(oneOf('mode', this.mode, MODES, 'signs'));
    if (changed.has('audience')) this.who = this.take(oneOf('audience', this.audience, AUDIENCES, 'self')) === 'self' ? 'self' : 'lovedOne';
    if (changed.has('threshold')) {
      // Only a threshold with published accuracy (clinical-notes.md §1.1: 1 or 2) is accepted.
      const published = cageAid.accuracy.map((row) => row.threshold);
      this.cutoff = this.take(parseThreshold(this.threshold, published, cageAid.defaultThreshold));
    }
    if (this.customSigns.changed || this.contentChanged) {
      const { signs } = this.pack;
      const custom = this.customSigns.value;
      this.groups = custom
        ? [{ kind: 'custom', signs: custom }]
        : [
            { kind: 'withdrawal', signs: signs.withdrawal, note: signs.dependenceNote?.text },
            { kind: 'behaviours', signs: signs.behaviours },
          ];
      const notes = [signs.dependenceNote, signs.stoppingNote, signs.urgentNote, ...(signs.emergencyCard.steps ?? [])].filter((note) => note != null);
      this.sources = collectSources([...signs.danger, ...this.groups.flatMap((group) => group.signs), ...(signs.risks ?? []), ...notes]);
    }
    this.outcome = this.evaluate();
  }

  /** The outcome of the current answers; `level` stays undefined while a cage-aid result is open. */
  private evaluate(): { level?: Level; guidance?: Guidance } {
    if (this.activeMode === 'cage-aid') {
      const values = Object.values(this.answers);
      const yes = values.filter(Boolean).length;
      if (yes >= this.cutoff) return { level: 'positive' };
      return { level: values.length === cageAid.questions.length ? 'negative' : undefined };
    }
    if (this.pack.signs.danger.some((sign) => this.checked.has(sign.id))) return { level: 'emergency' };
    const count = (withdrawal: boolean) =>
      this.groups
        .filter((group) => (group.kind === 'withdrawal') === withdrawal)
        .flatMap((group) => group.signs)
        .filter((sign) => this.checked.has(sign.id)).length;
    const warning = count(false);
    const guidance: Guidance = warning >= SEVERAL ? 'several' : warning > 0 ? 'some' : count(true) > 0 ? 'withdrawal' : 'none';
    return { level: guidance, guidance };
  }

  /** Whether any of the pack's withdrawal signs is checked. */
  private withdrawalChecked(): boolean {
    return this.groups.some((group) => group.kind === 'withdrawal' && group.signs.some((sign) => this.checked.has(sign.id)));
  }

  /** Fires rw-result when the outcome changes. Called from the reader's own changes only. */
  private report(): void {
    const { level } = this.evaluate();
    if (level === this.reported) return;
    this.reported = level;
    if (level) this.emit<RwResultDetail>('rw-result', { widget: this.widget, mode: this.activeMode, level });
  }

  /** Checks or unchecks one item; a new answer ends a "cleared" notice. */
  private setChecked(id: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.checked = next;
    this.cleared = false;
  }

  private async toggle(id: string, on: boolean): Promise<void> {
    const wasEmergency = this.outcome.level === 'emergency';
    this.setChecked(id, on);
    this.report();
    if (wasEmergency) return;
    // The emergency card (a live region, announced) opens above the checkbox and pushes it down,
    // off screen on a phone: bring the focused checkbox back into view, with the card's top above
    // it where both fit.
    await this.updateComplete;
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const card = this.renderRoot.querySelector('[part~="emergency-card"]');
    if (this.outcome.level !== 'emergency' || !focused || !card) return;
    const { top } = card.getBoundingClientRect();
    const { bottom } = focused.getBoundingClientRect();
    if (top >= 0 && bottom <= innerHeight) return;
    if (bottom - top <= innerHeight) card.scrollIntoView({ block: 'start' });
    focused.scrollIntoView({ block: 'nearest' });
  }

  private answer(id: string, yes: boolean): void {
    this.answers = { ...this.answers, [id]: yes };
    this.cleared = false;
    this.report();
  }

  private async clear(): Promise<void> {
    this.checked = new Set();
    this.answers = {};
    this.cleared = true;
    this.report();
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(checklistPart, this.language.shown);
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    const emergency = this.outcome.level === 'emergency';
    const signs = this.activeMode === 'signs';
    const { names, wording } = this.pack;
    const substance = names.brands ? `${names.generic} (${names.brands[0]})` : names.generic;
    const signsHeading = wording?.checklist?.heading?.[this.who] ?? strings.heading[this.who](substance);
    const heading = this.heading || (signs ? signsHeading : strings.cageAid.heading[this.who]);

    return html`
      <section part="checklist" class="checklist panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${heading}</h2>
        <div role="alert">${emergency ? this.renderEmergencyCard() : nothing}</div>
        <p part="intro" class="intro">${signs ? strings.intro[this.who] : strings.cageAid.intro} ${strings.privacy}</p>
        ${signs ? this.renderSigns() : this.renderCageAid()}
        ${emergency ? nothing : html`<p class="next">${callLink(this.helpLine.line, common)}</p>`}
        <p><button part="clear" class="clear" type="button" @click=${this.clear}>${strings.clear}</button></p>
        ${emergency
          ? nothing
          : html`<p part="emergency" class="emergency">${emergencySentence(this.helpLine.helplines, common)}</p>
              ${signs ? this.renderSources() : this.renderAbout()}`}
      </section>
    `;
  }

  /** The NHS emergency care-card pattern: one call to action per route, and no other links. */
  private renderEmergencyCard() {
    const { common } = this.language;
    const { helplines } = this.helpLine;
    const { medical, steps, stepsNote, crisis, poison } = this.pack.signs.emergencyCard;
    const crisisCall = crisisLinks(helplines, common, { button: true });
    return html`
      <div part="emergency-card" class="card">
        <h3 class="card-heading">${this.pack.wording?.checklist?.emergencyHeading ?? this.strings.emergencyHeading}</h3>
        <p>${say(medical.text, this.who)}</p>
        <p class="card-actions">${emergencyLink(helplines, common, true)}</p>
        ${steps ? html`<ol part="steps" class="steps">${steps.map((step) => html`<li>${say(step.text, this.who)}</li>`)}</ol>` : nothing}
        ${stepsNote ? html`<p>${say(stepsNote.text, this.who)}</p>` : nothing}
        <p>${say(crisis.text, this.who)}</p>
        <p class="card-actions">${crisisCall.call} ${crisisCall.text}</p>
        ${poison && helplines.poison
          ? html`<p>${say(poison.text, this.who)}</p>
              <p class="card-actions">${poisonLink(helplines.poison, common, true)}</p>`
          : nothing}
      </div>
    `;
  }

  /** The family's own legend for a group, where its words differ from the UI's ("since you cut down"). */
  private familyLegend(kind: SignGroup['kind']) {
    const checklist = this.pack.wording?.checklist;
    return kind === 'danger' ? checklist?.dangerLegend : kind === 'withdrawal' ? checklist?.withdrawalLegend : undefined;
  }

  private renderCheckboxGroup({ kind, signs, note }: SignGroup) {
    return html`
      <fieldset part="group" class="group">
        <legend>${say(this.familyLegend(kind) ?? this.strings[`${kind}Legend`], this.who)}</legend>
        ${note ? html`<p part="note" class="note">${say(note, this.who)}</p>` : nothing}
        ${signs.map((sign) => this.renderCheckbox(sign.id, sign.text, (on) => this.toggle(sign.id, on)))}
      </fieldset>
    `;
  }

  private renderCheckbox(id: string, text: ForAudience, onChange: (on: boolean) => void) {
    return html`
      <label part="item" class="item">
        <input
          type="checkbox"
          .checked=${live(this.checked.has(id))}
          @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
        />
        <span>${say(text, this.who)}</span>
      </label>
    `;
  }

  private renderSigns() {
    const { strings } = this;
    const { signs } = this.pack;
    const { guidance } = this.outcome;
    // A family's own results (alcohol, opioids) replace the UI's, which are written for a prescribed
    // medicine and end with the no-prescription line.
    const ownResults = this.pack.wording?.checklist?.result;
    const results = ownResults ?? strings.result;
    const [title, advice] = guidance ? results[this.who][guidance] : [];
    return html`
      ${this.renderCheckboxGroup({ kind: 'danger', signs: signs.danger })}
      ${signs.risks && signs.risks.length > 0 && this.customSigns.value == null ? this.renderRisks(signs.risks) : nothing}
      ${this.groups.map((group) => this.renderCheckboxGroup(group))}
      <p part="note" class="note">${say(signs.stoppingNote.text, this.who)}</p>
      <div part="result" class="result" role="status">
        ${title
          ? html`<p>${this.cleared ? `${strings.cleared} ` : ''}<strong>${title}</strong> ${advice}${ownResults ? '' : ` ${strings.noPrescription[this.who]}`}</p>`
          : nothing}
        ${signs.urgentNote && this.withdrawalChecked() ? html`<p part="note" class="note">${say(signs.urgentNote.text, this.who)}</p>` : nothing}
      </div>
    `;
  }

  /**
   * The unscored risk questions (opioids): each checked one shows its safety text at once. They
   * change no result and no event (no report()), and the note says they are not scored.
   */
  private renderRisks(risks: RiskQuestion[]) {
    const checklist = this.pack.wording?.checklist;
    const checked = risks.filter((risk) => this.checked.has(risk.id));
    return html`
      <fieldset part="group risks" class="group risks">
        <legend>${checklist?.risksLegend ? checklist.risksLegend[this.who] : ''}</legend>
        ${checklist?.risksNote ? html`<p part="note" class="note">${checklist.risksNote}</p>` : nothing}
        ${risks.map((risk) => this.renderCheckbox(risk.id, risk.text, (on) => this.setChecked(risk.id, on)))}
        <div part="risk-safety" class="risk-safety" role="status">
          ${checked.map((risk) => html`<p><strong>${say(risk.safety, this.who)}</strong></p>`)}
        </div>
      </fieldset>
    `;
  }

  private renderCageAid() {
    const { cageAid: strings, cleared } = this.strings;
    const screen = cageAidIn(this.language.shown);
    const level = this.outcome.level as ScreenLevel | undefined;
    const yes = Object.values(this.answers).filter(Boolean).length;
    const total = cageAid.questions.length;
    return html`
      <p class="preface">${screen.preface}</p>
      ${this.who === 'lovedOne' ? html`<p part="note" class="note">${strings.proxyNote}</p>` : nothing}
      ${strings.translationNote ? html`<p part="note" class="note">${strings.translationNote}</p>` : nothing}
      ${screen.questions.map(
        (question, i) => html`
          <fieldset part="group" class="group question">
            <legend>${i + 1}. ${say(question.text, this.who)}</legend>
            ${([true, false] as const).map(
              (value) => html`
                <label part="item" class="item">
                  <input
                    type="radio"
                    name=${question.id}
                    .checked=${live(this.answers[question.id] === value)}
                    @change=${() => this.answer(question.id, value)}
                  />
                  <span>${value ? strings.yes : strings.no}</span>
                </label>
              `,
            )}
          </fieldset>
        `,
      )}
      <div part="result" class="result" role="status">
        <p>
          ${this.cleared ? `${cleared} ` : ''}
          ${level
            ? html`<strong>${strings.score(yes, total)}</strong> ${strings.result[this.who][level === 'negative' && yes === 1 ? 'oneYes' : level]}
                ${strings.notDiagnosis}`
            : strings.pending(total)}
        </p>
      </div>
    `;
  }

  private renderSources() {
    return sourcesDisclosure(this.strings.sourcesSummary, this.sources);
  }

  private renderAbout() {
    const strings = this.strings.cageAid;
    // The cut-off is always one with published accuracy (parseThreshold).
    const accuracy = cageAid.accuracy.find((row) => row.threshold === this.cutoff)!;
    return html`
      <details part="sources" class="sources">
        <summary>${strings.about}</summary>
        <p>${strings.aboutText(cageAid.name, this.cutoff)}</p>
        <p>${strings.accuracyText(accuracy.threshold, accuracy.sensitivity, accuracy.specificity)}</p>
        ${sourceList(cageAid.sources)}
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-symptom-checklist': RwSymptomChecklist;
  }
  interface HTMLElementEventMap {
    'rw-result': CustomEvent<RwResultDetail>;
  }
  /** The event bubbles out of shadow roots, so pages listen for it on document too. */
  interface DocumentEventMap {
    'rw-result': CustomEvent<RwResultDetail>;
  }
}
