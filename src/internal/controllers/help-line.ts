import type { ReactiveElement } from 'lit';
import type { PageReader } from './page-reader.js';
import { usHelplines } from '../../content/helplines.js';
import type { Helplines } from '../../content/types.js';
import { centerLine, firstDialable, numberSources } from '../help-line.js';
import type { Problem } from '../parsers/problem.js';
import type { PhoneNumber } from '../phone.js';

/**
 * A widget's number: `phone` (the help line every widget links to) or `sms` (the banner's texting
 * number). Read before every update from the attribute, the author's child link and the page's
 * `<meta>` (see `numberSources`), parsed by `parsePhone`, and shown with the templates in
 * src/internal/help-line.ts: the whole path from attribute to link.
 */
export class HelpLineController implements PageReader {
  /** The first dialable number the sources give, if any. */
  number: PhoneNumber | null = null;
  /** The phone lines every widget shows (911, 988, SAMHSA) and the content's own help line. */
  helplines: Helplines = usHelplines;

  constructor(
    private readonly host: ReactiveElement & { phone?: string; sms?: string },
    private readonly attribute: 'phone' | 'sms' = 'phone',
  ) {
    host.addController(this as PageReader);
  }

  read(): Problem[] {
    const { value, problems } = firstDialable(numberSources(this.host, this.attribute, this.host[this.attribute]));
    this.number = value;
    return problems;
  }

  /** The help line: the number given, else the treatment center's own line. */
  get line(): PhoneNumber {
    return this.number ?? centerLine(this.helplines);
  }
}
