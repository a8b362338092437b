// Writes dist/vscode.html-custom-data.json from dist/custom-elements.json, so VS Code completes
// and describes our tags and attributes in HTML files (`html.customData`; see the README, "npm and
// React"). `npm run build` runs it after `cem analyze`.
//
// Format: VS Code's HTML custom data, version 1.1. An attribute whose type is a set of string
// literals (`'inline' | 'sticky'`) gets those as its values; a boolean attribute gets no value.
import { readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = 'dist/custom-elements.json';
const OUTPUT = 'dist/vscode.html-custom-data.json';

/** `'inline' | 'sticky' | undefined` → `['inline', 'sticky']`; null for any other type. */
function stringLiterals(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const values = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part)).map((match) => match && (match[1] ?? match[2]));
  return values.length > 0 && values.every((value) => value != null) ? values : null;
}

const markdown = (value) => ({ kind: 'markdown', value });
const codeList = (items) => items.map(({ name }) => `\`${name}\``).join(', ');

function tagOf(element) {
  const lines = [element.description];
  if (element.events?.length) lines.push(`Events: ${codeList(element.events)}.`);
  if (element.cssParts?.length) lines.push(`Parts: ${codeList(element.cssParts)}.`);
  if (element.cssProperties?.length) lines.push(`CSS custom properties: ${codeList(element.cssProperties)}.`);
  return {
    name: element.tagName,
    description: markdown(lines.join('\n\n')),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = stringLiterals(attribute.type?.text);
      return {
        name: attribute.name,
        description: markdown(attribute.description),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
  };
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
const data = { version: 1.1, tags: elements.map(tagOf) };
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${OUTPUT}: ${data.tags.length} tags, ${data.tags.reduce((n, tag) => n + tag.attributes.length, 0)} attributes.`);
