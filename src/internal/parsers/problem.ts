/**
 * What a parser found wrong in partner input. Parsers return problems; the element says them
 * (`RwElement.warn`), so every warning comes from one place and reads the same way.
 */
export interface Problem {
  /** What the partner wrote it in: an attribute (`mode`) or a child (`child <li> number 2`). */
  name: string;
  value: unknown;
  /** What the widget does instead: "is not one of …; using signs." */
  consequence: string;
  /** Written as children: not said while the page is still being parsed (they may be only partly there). */
  authored?: boolean;
}

/** A parser's answer: the value to use (always safe) and what was wrong with the input. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}
