import type { Pack } from '../content/types.js';
import { defaultPack } from '../content/packs/index.js';
import { packIn } from './content.js';
import { RwElement } from './element.js';

/**
 * The base of every widget that shows a content pack (all but the help banner): the pack chosen by
 * `substance`, in the shown language, kept up to date with both.
 */
export abstract class RwContentElement extends RwElement {
  /** The content pack chosen by `substance`, or the default pack, in the shown language. */
  protected pack: Pack = defaultPack;

  protected override contentChangedTo(substance: string | undefined, language: string): void {
    this.pack = packIn(substance, language);
    this.helpLine.helplines = this.pack.helplines;
  }
}
