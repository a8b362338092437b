import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { cageAid } from '../../content/instruments/cage-aid.js';
import { cageAidIn } from '../../internal/content.js';
import type { ForAudience, Sign, Source } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { callLink, crisisLinks, emergencyLink, emergencySentence } from '../../internal/help-line.js';
import { textOf } from '../../internal/light-dom.js';
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

  /** `signs` (default): danger signs, withdrawal, behaviours. `cage-aid`: the four CAGE-AID questions. */
  @property() mode?: 'signs' | 'cage-aid';

  /** `self` (default) or `loved-one`: who the questions are about. */
  @property() audience?: 'self' | 'loved-one';

  /** cage-aid: positive at this many "yes" answers or more, 1 to 4 (default 2). */
  @property() threshold?: string;

  /** Replaces the default heading. */
  @property() heading?: string;

  @state() private checked = new Set<string>();
  @state() private answers: Record<string, boolean> = {};
  @state() private cleared = false;

  private activeMode: Mode = 'signs';
  private who: Who = 'self';
  private cutoff = cageAid.defaultThreshold;
  /** The checkbox groups after the danger signs: the pack's, or the author's light-DOM list. */
  private groups: SignGroup[] = [];
  /** Every source behind the signs mode, once each. */
  private sources: Source[] = [];
  private outcome: { level?: Level; guidance?: Guidance } = {};
  private reported?: Level;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.activeMode = this.oneOf('mode', this.mode, MODES, 'signs');
    if (changed.has('audience')) this.who = this.oneOf('audience', this.audience, AUDIENCES, 'self') === 'self' ? 'self' : 'lovedOne';
    if (changed.has('threshold')) this.cutoff = this.parseThreshold();
    if (this.lightDomChanged || this.contentChanged) {
      const { signs } = this.pack;
      const custom = this.readLightDomSigns();
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

  private parseThreshold(): number {
    const total = cageAid.questions.length;
    if (this.threshold == null) return cageAid.defaultThreshold;
    const value = Number(this.threshold.trim());
    if (/^\s*\d+\s*$/.test(this.threshold) && value >= 1 && value <= total) return value;
    this.warnInvalid('threshold', this.threshold, `is not a whole number from 1 to ${total}; using ${cageAid.defaultThreshold}.`);
    return cageAid.defaultThreshold;
  }

  /** `<ul><li>…</li></ul>` written by the partner: its items become the checklist (as text only). */
  private readLightDomSigns(): Sign[] | null {
    // SSR guard (issue 18): the server cannot read children; the prerenderer leaves widgets with authored lists to the script.
    if (isServer) return null;
    const list = this.querySelector(':scope > ul, :scope > ol');
    if (!list) return null;
    const texts = [...list.querySelectorAll(':scope > li')].map(textOf).filter(Boolean);
    if (texts.length === 0) {
      this.warnAboutChildren(`child <${list.localName}>`, list.textContent!.trim(), "has no items; using the pack's signs.");
      return null;
    }
    const source = partnerSource(this.common);
    return texts.map((text, i) => ({ id: `custom-${i + 1}`, text, source }));
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
    return uiText(checklistPart, this.language);
  }

  protected renderWidget() {
    const { strings, common } = this;
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
        ${emergency ? nothing : html`<p class="next">${callLink(this.helpLine, common)}</p>`}
        <p><button part="clear" class="clear" type="button" @click=${this.clear}>${strings.clear}</button></p>
        ${emergency
          ? nothing
          : html`<p part="emergency" class="emergency">${emergencySentence(this.helplines, common)}</p>
              ${signs ? this.renderSources() : this.renderAbout()}`}
      </section>
    `;
  }

  /** The NHS emergency care-card pattern: one call to action per route, and no other links. */
  private renderEmergencyCard() {
    const { common } = this;
    const { medical, crisis } = this.pack.signs.emergencyCard;
    const crisisCall = crisisLinks(this.helplines, common, { button: true });
    return html`
      <div part="emergency-card" class="card">
        <h3 class="card-heading">${this.strings.emergencyHeading}</h3>
        <p>${say(medical.text, this.who)}</p>
        <p class="card-actions">${emergencyLink(this.helplines, common, true)}</p>
        <p>${say(crisis.text, this.who)}</p>
        <p class="card-actions">${crisisCall.call} ${crisisCall.text}</p>
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
        ${title ? html`<p>${this.cleared ? `${strings.cleared} ` : ''}<strong>${title}</strong> ${advice}</p>` : nothing}
      </div>
    `;
  }

  private renderCageAid() {
    const { cageAid: strings, cleared } = this.strings;
    const screen = cageAidIn(this.language);
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
            ? html`<strong>${strings.score(yes, total)}</strong> ${strings.result[this.who][level]} ${strings.notDiagnosis}`
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
    const accuracy = cageAid.accuracy.find((row) => row.threshold === this.cutoff);
    return html`
      <details part="sources" class="sources">
        <summary>${strings.about}</summary>
        <p>${strings.aboutText(cageAid.name, this.cutoff)}</p>
        <p>
          ${accuracy
            ? strings.accuracyText(accuracy.threshold, accuracy.sensitivity, accuracy.specificity)
            : strings.noAccuracy(this.cutoff)}
        </p>
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
