/** What a person would hear or reach: Chromium's accessibility tree and the links on the page. */
import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as a screen reader gets it. */
export interface AxNode {
  role: string;
  name: string;
  level?: number;
  focused?: boolean;
  children?: AxNode[];
}

/** The accessibility tree under the first element matching `selector`. */
export async function axTree(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, { selector: string }>('ax-tree', { selector });
}

/** Every node of the tree, depth first. */
export function axNodes(root: AxNode): AxNode[] {
  return [root, ...(root.children ?? []).flatMap(axNodes)];
}

/** The links a person can reach inside `root`: their accessible names and targets. */
export function linksIn(root: Element | ShadowRoot): { name: string; href: string }[] {
  return [...root.querySelectorAll('a')].map((a) => ({
    name: a.textContent!.replace(/\s+/g, ' ').trim(),
    href: a.getAttribute('href') ?? '',
  }));
}
