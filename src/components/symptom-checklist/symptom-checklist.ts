import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { cageAid } from '../../content/instruments/cage-aid.js';
import type { ForAudience, Sign, Source } from '../../content/types.js';
import { RwElement } from '../../internal/element.js';
import { callLink, crisisLinks, emergencyLink, emergencySentence } from '../../internal/help-line.js';
import { sourceList } from '../../internal/sources.js';
import { styles } from './symptom-checklist.styles.js';

const MODES = ['signs', 'cage-aid'] as const;
const AUDIENCES = ['self', 'loved-one'] as const;

type Mode = (typeof MODES)[number];
type Who = 'self' | 'lovedOne';
export type SignsLevel = 'none' | 'some' | 'several' | 'emergency';
export type ScreenLevel = 'negative' | 'positive';

export interface RwResultDetail {
  widget: string;
  mode: Mode;
  /** The outcome only. The reader's answers never leave the element. */
  level: SignsLevel | ScreenLevel;
}

/** Checked signs (other than danger signs) from which the guidance says "several". */
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
 * @csspart emergency - The quiet emergency line (911, 988).
 * @csspart sources - The sources disclosure (or "About this screen" in cage-aid mode).
 */
export class RwSymptomChecklist extends RwElement {
  static override styles = [RwElement.styles, styles];

  /** `signs` (default): danger signs, withdrawal, behaviours. `cage-aid`: the four CAGE-AID questions. */
  @property() mode?: string;

  /** `self` (default) or `loved-one`: who the questions are about. */
  @property() audience?: string;

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
  /** Signs from the author's light-DOM list, which replace the pack's withdrawal and behaviour lists. */
  private customSigns: Sign[] | null = null;
  private reported?: RwResultDetail['level'];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) {
      this.activeMode = this.checkOneOf('mode', this.mode, MODES, 'signs') ? ((this.mode as Mode | undefined) ?? 'signs') : 'signs';
    }
    if (changed.has('audience')) {
      this.who = this.checkOneOf('audience', this.audience, AUDIENCES, 'self') && this.audience === 'loved-one' ? 'lovedOne' : 'self';
    }
    if (changed.has('threshold')) this.cutoff = this.parseThreshold();
    if (!this.hasUpdated) this.customSigns = this.readLightDomSigns();
  }

  private parseThreshold(): number {
    if (this.threshold == null) return cageAid.defaultThreshold;
    const value = Number(this.threshold.trim());
    if (/^\s*\d+\s*$/.test(this.threshold) && value >= 1 && value <= cageAid.questions.length) return value;
    this.warnInvalid(
      'threshold',
      this.threshold,
      `is not a whole number from 1 to ${cageAid.questions.length}; using ${cageAid.defaultThreshold}.`,
    );
    return cageAid.defaultThreshold;
  }

  /** `<ul><li>…</li></ul>` written by the partner: its items become the checklist (as text only). */
  private readLightDomSigns(): Sign[] | null {
    const list = this.querySelector(':scope > ul, :scope > ol');
    if (!list) return null;
    const texts = [...list.querySelectorAll(':scope > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (texts.length === 0) {
      this.warnInvalid(`child <${list.localName}>`, list.textContent!.trim(), "has no items; using the pack's signs.");
      return null;
    }
    const source: Source = { title: `Provided by ${location.hostname || 'this site'}` };
    return texts.map((text, i) => ({ id: `custom-${i + 1}`, text, source }));
  }

  private get signGroups(): { legend: ForAudience; signs: Sign[]; note?: ForAudience }[] {
    const { signs } = this.pack;
    const strings = this.strings.checklist;
    if (this.customSigns) return [{ legend: strings.customLegend, signs: this.customSigns }];
    return [
      { legend: strings.withdrawalLegend, signs: signs.withdrawal, note: signs.dependenceNote.text },
      { legend: strings.behavioursLegend, signs: signs.behaviours },
    ];
  }

  /** The current outcome; undefined while a cage-aid result is not yet decided. */
  private get level(): RwResultDetail['level'] | undefined {
    if (this.activeMode === 'signs') {
      if (this.pack.signs.danger.some((sign) => this.checked.has(sign.id))) return 'emergency';
      const count = this.checked.size;
      return count === 0 ? 'none' : count < SEVERAL ? 'some' : 'several';
    }
    const values = Object.values(this.answers);
    const yes = values.filter(Boolean).length;
    if (yes >= this.cutoff) return 'positive';
    return values.length === cageAid.questions.length ? 'negative' : undefined;
  }

  /** Fires rw-result when the outcome changes. */
  private report(): void {
    const level = this.level;
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

  protected renderWidget() {
    const { checklist: strings, common } = this.strings;
    const emergency = this.level === 'emergency';
    const substance = `${this.pack.names.generic} (${this.pack.names.brands[0]})`;
    const heading =
      this.heading || (this.activeMode === 'signs' ? strings.heading[this.who](substance) : strings.cageAid.heading[this.who]);

    return html`
      <section part="checklist" class="checklist" aria-labelledby="heading">
        <div role="alert">${emergency ? this.renderEmergencyCard() : nothing}</div>
        <h2 id="heading" part="heading" class="heading">${heading}</h2>
        <p part="intro" class="intro">
          ${this.activeMode === 'signs' ? strings.intro[this.who] : strings.cageAid.intro} ${strings.privacy}
        </p>
        ${this.activeMode === 'signs' ? this.renderSigns() : this.renderCageAid()}
        ${emergency ? nothing : html`<p class="next">${callLink(this.helpLine, common)}</p>`}
        <p><button part="clear" class="clear" type="button" @click=${this.clear}>${strings.clear}</button></p>
        ${emergency ? nothing : html`<p part="emergency" class="emergency">${emergencySentence(this.pack, common)}</p>`}
        ${this.activeMode === 'signs' ? this.renderSources() : this.renderAbout()}
      </section>
    `;
  }

  /** The NHS emergency care-card pattern: one call to action per route, and no other links. */
  private renderEmergencyCard() {
    const { checklist: strings, common } = this.strings;
    const crisis = crisisLinks(this.pack, common);
    return html`
      <div part="emergency-card" class="card">
        <h3 class="card-heading">${strings.emergency.heading}</h3>
        <p>${strings.emergency.medical}</p>
        <p class="card-actions">${emergencyLink(this.pack, common)}</p>
        <p>${strings.emergency.crisis[this.who]}</p>
        <p class="card-actions">${crisis.call} ${crisis.text}</p>
      </div>
    `;
  }

  private renderCheckboxGroup(legend: string, signs: Sign[], note?: string): TemplateResult {
    return html`
      <fieldset part="group" class="group">
        <legend>${legend}</legend>
        ${note ? html`<p part="note" class="note">${note}</p>` : nothing}
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
    const { checklist: strings } = this.strings;
    const { signs } = this.pack;
    const level = this.level as SignsLevel;
    const [title, guidance] = level === 'emergency' ? [] : strings.result[this.who][level];
    return html`
      ${this.renderCheckboxGroup(strings.dangerLegend[this.who], signs.danger)}
      ${this.signGroups.map((group) =>
        this.renderCheckboxGroup(say(group.legend, this.who), group.signs, group.note && say(group.note, this.who)),
      )}
      <p part="note" class="note">${say(signs.stoppingNote.text, this.who)}</p>
      <div part="result" class="result" role="status">
        ${title ? html`<p>${this.cleared ? `${strings.cleared} ` : ''}<strong>${title}</strong> ${guidance}</p>` : nothing}
      </div>
    `;
  }

  private renderCageAid() {
    const { cageAid: strings, cleared } = this.strings.checklist;
    const level = this.level as ScreenLevel | undefined;
    const yes = Object.values(this.answers).filter(Boolean).length;
    const total = cageAid.questions.length;
    return html`
      <p class="preface">${cageAid.preface}</p>
      ${this.who === 'lovedOne' ? html`<p part="note" class="note">${strings.proxyNote}</p>` : nothing}
      ${cageAid.questions.map(
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
    const { signs } = this.pack;
    const all = [
      ...signs.danger,
      ...this.signGroups.flatMap((group) => group.signs),
      signs.dependenceNote,
      signs.stoppingNote,
    ].map((item) => item.source);
    const unique = [...new Map(all.map((source) => [source.url ?? source.title, source])).values()];
    return html`
      <details part="sources" class="sources">
        <summary>${this.strings.checklist.sources}</summary>
        ${sourceList(unique)}
      </details>
    `;
  }

  private renderAbout() {
    const strings = this.strings.checklist.cageAid;
    const accuracy = cageAid.accuracy.find((row) => row.threshold === this.cutoff);
    return html`
      <details part="sources" class="sources">
        <summary>${strings.about}</summary>
        <p>${strings.aboutText(cageAid.name, this.cutoff)}</p>
        <p>
          ${accuracy
            ? strings.accuracy(accuracy.threshold, accuracy.sensitivity, accuracy.specificity)
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
}
