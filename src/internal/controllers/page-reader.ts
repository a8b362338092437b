import type { ReactiveController } from 'lit';
import type { Problem } from '../parsers/problem.js';

/**
 * A controller that reads the page (attributes' fallbacks, children, `lang`) before each update
 * in the browser, and returns what it found wrong for the element to say. RwElement calls `read`
 * from `shouldUpdate`, which server rendering (Lit SSR) never calls: there, controllers keep their
 * defaults and the widget renders from its properties alone.
 */
export interface PageReader extends ReactiveController {
  read(): Problem[] | void;
}
