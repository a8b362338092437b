import { isServer, type ReactiveElement } from 'lit';
import type { Parsed, Problem } from '../parsers/problem.js';
import type { PageReader } from './page-reader.js';

/**
 * What the author wrote inside the element may have changed: on the first update, when the
 * children mutate, and once the page has finished parsing (a plain script in <head> upgrades an
 * element before the parser has reached its children). Each of these requests an update, in which
 * `changed` is true. Every widget has one (its help line may come from a child link).
 */
export class AuthoredChildren implements PageReader {
  /** True in an update where the children may have changed. */
  changed = true;
  private stale = true;
  private observer?: MutationObserver;
  private readonly onChange = () => {
    this.stale = true;
    this.host.requestUpdate();
  };

  constructor(protected readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    (this.observer ??= new MutationObserver(this.onChange)).observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'id'],
    });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.onChange, { once: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.onChange);
  }

  read(): Problem[] | void {
    this.changed = this.stale;
    this.stale = false;
  }
}

/**
 * A list the author wrote as children (signs, stages, figures), parsed again whenever the children
 * may have changed, or `again` says so (the language changed, for a list credited to the page).
 * `parse` is a pure parser from src/internal/parsers; its problems go to the element's warnings,
 * which say nothing about children until the page is parsed. `value` null means none: the
 * widget shows its default.
 */
export class AuthoredList<T> extends AuthoredChildren {
  value: T | null = null;
  /** The page was still being parsed at the last read: the children may be only partly there. */
  parsing = false;

  constructor(
    host: ReactiveElement,
    private readonly parse: () => Parsed<T | null>,
    private readonly again?: () => boolean,
  ) {
    super(host);
  }

  override read(): Problem[] | void {
    super.read();
    // The server has no children to read: the widget shows its default (the prerenderer leaves
    // widgets with the author's own list to the script).
    if (isServer) return;
    this.parsing = document.readyState === 'loading';
    this.changed ||= !!this.again?.();
    if (!this.changed) return;
    const { value, problems } = this.parse();
    this.value = value;
    return problems;
  }
}
