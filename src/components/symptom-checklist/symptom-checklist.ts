import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { cageAid } from '../../content/instruments/cage-aid.js';
import { cageAidIn } from '../../internal/content.js';
import type { ForAudience, Sign, Source } from '../../content/types.js';
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
export type SignsLevel = 'none' | 'some' | 'several' | 'emergency';
export type ScreenLevel = 'negative' | 'positive';
type Level = SignsLevel | ScreenLevel;
/** Which guidance the signs mode shows: withdrawal alone gets its own ("physical dependence"). */
type Guidance = 'none' | 'withdrawal' | 'some' | 'several';

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
            { kind: 'withdrawal', signs: signs.withdrawal, note: signs.dependenceNote.text },
            { kind: 'behaviours', signs: signs.behaviours },
          ];
      this.sources = collectSources([...signs.danger, ...this.groups.flatMap((group) => group.signs), signs.dependenceNote, signs.stoppingNote]);
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
    return { level: guidance === 'withdrawal' ? 'some' : guidance, guidance };
  }

  /** Fires rw-result when the outcome changes. Called from the reader's own changes only. */
  private report(): void {
    const { level } = this.evaluate();
    if (level === this.reported) return;
    this.reported = level;
    if (level) this.emit<RwResultDetail>('rw-result', { widget: this.widget, mode: this.activeMode, level });
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.checked = next;
    this.cleared = false;
    this.report();
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
    const substance = `${this.pack.names.generic} (${this.pack.names.brands[0]})`;
    const heading = this.heading || (signs ? strings.heading[this.who](substance) : strings.cageAid.heading[this.who]);

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
    const { medical, crisis, poison } = this.pack.signs.emergencyCard;
    const crisisCall = crisisLinks(this.helpLine.helplines, common, { button: true });
    return html`
      <div part="emergency-card" class="card">
        <h3 class="card-heading">${this.strings.emergencyHeading}</h3>
        <p>${say(medical.text, this.who)}</p>
        <p class="card-actions">${emergencyLink(this.helpLine.helplines, common, true)}</p>
        <p>${say(crisis.text, this.who)}</p>
        <p class="card-actions">${crisisCall.call} ${crisisCall.text}</p>
        <p>${say(poison.text, this.who)}</p>
        <p class="card-actions">${poisonLink(this.helpLine.helplines, common, true)}</p>
      </div>
    `;
  }

  private renderCheckboxGroup({ kind, signs, note }: SignGroup) {
    return html`
      <fieldset part="group" class="group">
        <legend>${say(this.strings[`${kind}Legend`], this.who)}</legend>
        ${note ? html`<p part="note" class="note">${say(note, this.who)}</p>` : nothing}
        ${signs.map(
          (sign) => html`
            <label part="item" class="item">
              <input
                type="checkbox"
                .checked=${live(this.checked.has(sign.id))}
                @change=${(event: Event) => this.toggle(sign.id, (event.target as HTMLInputElement).checked)}
              />
              <span>${say(sign.text, this.who)}</span>
            </label>
          `,
        )}
      </fieldset>
    `;
  }

  private renderSigns() {
    const { strings } = this;
    const { signs } = this.pack;
    const { guidance } = this.outcome;
    const [title, advice] = guidance ? strings.result[this.who][guidance] : [];
    return html`
      ${this.renderCheckboxGroup({ kind: 'danger', signs: signs.danger })}
      ${this.groups.map((group) => this.renderCheckboxGroup(group))}
      <p part="note" class="note">${say(signs.stoppingNote.text, this.who)}</p>
      <div part="result" class="result" role="status">
        ${title
          ? html`<p>${this.cleared ? `${strings.cleared} ` : ''}<strong>${title}</strong> ${advice} ${strings.noPrescription[this.who]}</p>`
          : nothing}
      </div>
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
