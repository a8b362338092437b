import { html, nothing, type PropertyValues } from 'lit';
import type { Preset, Stage } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { AuthoredList } from '../../internal/controllers/authored-children.js';
import { parseAuthoredStages } from '../../internal/parsers/authored-lists.js';
import { parseCurrent, parseDurations, parsePreset } from '../../internal/parsers/attributes.js';
import { partnerSource, sourceList } from '../../internal/sources.js';
import { styles } from './treatment-timeline.styles.js';
import { timelinePart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';


export interface RwStageToggleDetail {
  widget: string;
  /** The stage's id (`detox`, `taper`, … or `step-2` for an authored stage without an id). */
  stage: string;
  open: boolean;
}


/**
 * The path through treatment, step by step: each stage's title and summary, with details,
 * duration and sources to open; "you are here" on the current stage; a call to action at the end.
 *
 * @element rw-treatment-timeline
 *
 * @fires rw-stage-toggle - A stage was opened or closed. `detail: { widget, stage, open }`.
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 *
 * @csspart timeline - The labelled region around everything.
 * @csspart heading - The heading.
 * @csspart stages - The ordered list of stages.
 * @csspart note - The note under the path, when the substance has one (opioids: detox alone is not treatment).
 * @csspart stage - Each stage (`stage current` on the current one).
 * @csspart current - The current stage, also a `stage`: style it with `::part(stage current)`.
 * @csspart marker - Each stage's step number.
 * @csspart toggle - The button (the stage title) that opens and closes a stage.
 * @csspart here - The "You are here" label.
 * @csspart details - A stage's details.
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line (911, 988).
 *
 * @slot - An `<ol>` of `<li><h3>Title</h3><p>Summary</p><p>Details…</p></li>` that replaces the stages (an `id` on an `<li>` names it for `current`); without JavaScript it reads as a list. Also a call link such as `<p><a href="tel:…">Call …</a></p>` for readers without JavaScript; the widget takes its help line from it when there is no `phone` attribute.
 */
export class RwTreatmentTimeline extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    preset: {},
    current: {},
    expanded: { type: Boolean },
    heading: {},
    durations: {},
    open: { state: true },
  };

  /**
   * `program` (default: the substance's path through treatment) or `outpatient-taper` (the 2025
   * benzodiazepine taper guideline; benzodiazepines only). A path the substance lacks shows `program`.
   */
  declare preset?: 'program' | 'outpatient-taper';

  /** The current stage, by id (`detox`) or 1-based number (`2`): marked "You are here". */
  declare current?: string;

  /** Opens every stage, e.g. for print. */
  expanded = false;

  /** Replaces the default heading. */
  declare heading?: string;

  /** JSON object of stage id → duration text, e.g. `{"detox": "Often 2 to 6 months"}`. */
  declare durations?: string;

  private open = new Set<string>();

  private activePreset: Preset = 'program';
  /** Stages from the author's light-DOM `<ol>`, which replace the preset (credited to the page). */
  private readonly customStages = new AuthoredList(
    this,
    () => parseAuthoredStages(this, partnerSource(this.language.common)),
    () => this.language.changed,
  );
  private stages: Stage[] = [];
  private currentIndex = -1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const authored = this.customStages.changed;
    if (changed.has('preset') || this.contentChanged) this.activePreset = this.take(parsePreset(this.preset, this.pack));
    const pathChanged = authored || changed.has('preset') || this.contentChanged;
    if (pathChanged || changed.has('durations')) {
      this.stages = this.take(parseDurations(this.durations, this.customStages.value ?? this.pack.pathways[this.activePreset] ?? this.pack.pathways.program));
    }
    if (pathChanged || changed.has('current')) this.currentIndex = this.take(parseCurrent(this.current, this.stages, this.customStages.parsing));
    if (changed.has('expanded') || (pathChanged && this.expanded)) {
      this.open = new Set(this.expanded ? this.stages.map((stage) => stage.id) : []);
    }
  }

  /** Escape inside an open stage closes it, and focus returns to its button. */
  protected override closeOpenPart(path: EventTarget[]): boolean {
    if (super.closeOpenPart(path)) return true;
    const item = path.find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.classList.contains('stage'));
    const index = item ? [...this.renderRoot.querySelectorAll('li.stage')].indexOf(item) : -1;
    const stage = this.stages[index];
    if (!stage || !this.open.has(stage.id)) return false;
    this.toggle(stage);
    item!.querySelector<HTMLElement>('.toggle')?.focus();
    return true;
  }

  private toggle(stage: Stage): void {
    const open = !this.open.has(stage.id);
    const next = new Set(this.open);
    if (open) next.add(stage.id);
    else next.delete(stage.id);
    this.open = next;
    this.emit<RwStageToggleDetail>('rw-stage-toggle', { widget: this.widget, stage: stage.id, open });
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(timelinePart, this.language.shown);
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    return html`
      <section part="timeline" class="timeline panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${this.heading || this.pack.wording?.timelineHeadings?.[this.activePreset] || strings.heading[this.activePreset]}</h2>
        <ol part="stages" class="stages" role="list">
          ${this.stages.map((stage, i) => this.renderStage(stage, i))}
        </ol>
        ${this.renderNote()}
        ${helpFooter(strings.cta, this.helpLine.line, this.helpLine.helplines, common)}
      </section>
    `;
  }

  /** The pack's note under its paths (opioids: detox alone is not treatment), with its sources; not under an authored path. */
  private renderNote() {
    const note = this.pack.pathwayNote;
    if (!note || this.customStages.value) return nothing;
    return html`<p part="note" class="note"><strong>${note.text}</strong></p>
      <div class="sources">${this.strings.sourcesLabel} ${sourceList(note.sources)}</div>`;
  }

  private renderStage(stage: Stage, i: number) {
    const { strings } = this;
    const current = i === this.currentIndex;
    const open = this.open.has(stage.id);
    return html`
      <li part=${current ? 'stage current' : 'stage'} class="stage" aria-current=${current ? 'step' : nothing}>
        <span part="marker" class="marker" aria-hidden="true">${i + 1}</span>
        <h3 class="title">
          <button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
            aria-controls="details-${i}" @click=${() => this.toggle(stage)}>
            <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            <span>${stage.title}</span>
          </button>
        </h3>
        ${current ? html`<p part="here" class="here">${strings.youAreHere}</p>` : nothing}
        ${stage.summary ? html`<p class="summary">${stage.summary}</p>` : nothing}
        <div part="details" class="details" id="details-${i}" ?hidden=${!open}>
          ${stage.details.map((text) => html`<p>${text}</p>`)}
          ${stage.duration ? html`<p><strong>${strings.duration}</strong> ${stage.duration}</p>` : nothing}
          <div class="sources">${strings.sourcesLabel} ${sourceList(stage.sources)}</div>
        </div>
      </li>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-treatment-timeline': RwTreatmentTimeline;
  }
  interface HTMLElementEventMap {
    'rw-stage-toggle': CustomEvent<RwStageToggleDetail>;
  }
  /** The event bubbles out of shadow roots, so pages listen for it on document too. */
  interface DocumentEventMap {
    'rw-stage-toggle': CustomEvent<RwStageToggleDetail>;
  }
}
