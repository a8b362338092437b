import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Pathways, Stage } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { textOf } from '../../internal/light-dom.js';
import { partnerSource, sourceList } from '../../internal/sources.js';
import { styles } from './treatment-timeline.styles.js';
import { timelinePart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

const PRESETS = ['program', 'outpatient-taper'] as const satisfies readonly (keyof Pathways)[];
type Preset = (typeof PRESETS)[number];

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

  /** `program` (default: detox to life after treatment) or `outpatient-taper` (the 2025 taper guideline). */
  @property() preset?: 'program' | 'outpatient-taper';

  /** The current stage, by id (`detox`) or 1-based number (`2`): marked "You are here". */
  @property() current?: string;

  /** Opens every stage, e.g. for print. */
  @property({ type: Boolean }) expanded = false;

  /** Replaces the default heading. */
  @property() heading?: string;

  /** JSON object of stage id → duration text, e.g. `{"detox": "Often 2 to 6 months"}`. */
  @property() durations?: string;

  @state() private open = new Set<string>();

  private activePreset: Preset = 'program';
  /** Stages from the author's light-DOM `<ol>`, which replace the preset. */
  private customStages: Stage[] | null = null;
  private stages: Stage[] = [];
  private currentIndex = -1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lightDom = this.lightDomChanged;
    if (lightDom || this.contentChanged) this.customStages = this.readLightDomStages();
    if (changed.has('preset')) this.activePreset = this.oneOf('preset', this.preset, PRESETS, 'program');
    const pathChanged = lightDom || changed.has('preset') || this.contentChanged;
    if (pathChanged || changed.has('durations')) {
      this.stages = this.withDurations(this.customStages ?? this.pack.pathways[this.activePreset]);
    }
    if (pathChanged || changed.has('current')) this.currentIndex = this.findCurrent();
    if (changed.has('expanded') || (pathChanged && this.expanded)) {
      this.open = new Set(this.expanded ? this.stages.map((stage) => stage.id) : []);
    }
  }

  /** `<ol><li><h3>Title</h3><p>Summary</p><p>Details…</p></li></ol>` written by the partner. */
  private readLightDomStages(): Stage[] | null {
    // SSR guard (issue 18): the server cannot read children; the prerenderer leaves widgets with authored lists to the script.
    if (isServer) return null;
    const list = this.querySelector(':scope > ol, :scope > ul');
    if (!list) return null;
    const source = partnerSource(this.common);
    const stages: Stage[] = [];
    for (const [i, item] of [...list.querySelectorAll(':scope > li')].entries()) {
      const title = textOf(item.querySelector('h1, h2, h3, h4, h5, h6'));
      if (!title) {
        this.warnAboutChildren(`child <li> number ${i + 1}`, textOf(item), 'has no heading (<h3>) to use as its title; it is left out.');
        continue;
      }
      const [summary = '', ...details] = [...item.querySelectorAll('p')].map(textOf).filter(Boolean);
      stages.push({ id: item.id || `step-${i + 1}`, title, summary, details, sources: [source] });
    }
    if (stages.length > 0) return stages;
    this.warnAboutChildren(`child <${list.localName}>`, textOf(list), 'has no usable stages; showing the default path.');
    return null;
  }

  /** The stages with the partner's `durations` applied. */
  private withDurations(stages: Stage[]): Stage[] {
    if (this.durations == null) return stages;
    let given: unknown;
    try {
      given = JSON.parse(this.durations);
    } catch {
      given = undefined;
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      this.warnInvalid('durations', this.durations, 'is not a JSON object such as {"detox": "2 to 6 months"}; using the default durations.');
      return stages;
    }
    const durations = given as Record<string, unknown>;
    for (const [id, value] of Object.entries(durations)) {
      if (!stages.some((stage) => stage.id === id) || typeof value !== 'string' || !value.trim()) {
        this.warnInvalid('durations', this.durations, `gives ${JSON.stringify(id)} no usable duration text for a stage of this timeline; that entry is ignored.`);
      }
    }
    return stages.map((stage) => {
      const value = durations[stage.id];
      return typeof value === 'string' && value.trim() ? { ...stage, duration: value.trim() } : stage;
    });
  }

  private findCurrent(): number {
    if (this.current == null) return -1;
    const value = this.current.trim();
    const index = /^\d+$/.test(value) ? Number(value) - 1 : this.stages.findIndex((stage) => stage.id === value);
    if (index >= 0 && index < this.stages.length) return index;
    // Still parsing: the authored stages may not be here yet. DOMContentLoaded checks again.
    if (document.readyState === 'loading') return -1;
    const ids = this.stages.map((stage) => stage.id).join(', ');
    this.warnInvalid('current', this.current, `is not a stage of this timeline (1 to ${this.stages.length}, or ${ids}); no stage is marked.`);
    return -1;
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
    return uiText(timelinePart, this.language);
  }

  protected renderWidget() {
    const { strings, common } = this;
    return html`
      <section part="timeline" class="timeline panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${this.heading || strings.heading[this.activePreset]}</h2>
        <ol part="stages" class="stages" role="list">
          ${this.stages.map((stage, i) => this.renderStage(stage, i))}
        </ol>
        ${helpFooter(strings.cta, this.helpLine, this.helplines, common)}
      </section>
    `;
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
