/**
 * Reading what a partner wrote inside an element: always as plain text, never as markup.
 */

/** `text` with runs of white space folded to one space and trimmed. */
export const cleanText = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A node's text content, cleaned. */
export const textOf = (node: Node | null | undefined): string => cleanText(node?.textContent);
