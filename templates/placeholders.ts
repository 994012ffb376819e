import type { PMJSON } from '../shared/clauses.ts';
import { NODE } from '../shared/schema/names.ts';

/** `{{party1.name}}`: a value filled in when a document is made from a template. */
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
/** Per-party placeholders (`{{party.name}}`) mark a block that is repeated for every party. */
const PER_PARTY = '{{party.';

export type PlaceholderValues = Record<string, string>;

/**
 * Replaces every placeholder in the text nodes under `node`. A value missing from `values`
 * is a template bug and throws, so a typo never reaches a signed document as "{{...}}";
 * with `partial` it is left for a later pass instead.
 */
export function fillPlaceholders(node: PMJSON, values: PlaceholderValues, partial = false): PMJSON {
  const fill = (n: PMJSON): PMJSON | null => {
    if (n.type === NODE.text) {
      const text = (n.text ?? '').replace(PLACEHOLDER, (whole, key: string) => {
        const value = values[key];
        if (value !== undefined) return value;
        if (partial) return whole;
        throw new Error(`Template placeholder without a value: {{${key}}}`);
      });
      return text ? { ...n, text } : null;
    }
    if (!n.content) return n;
    return { ...n, content: n.content.map(fill).filter((c): c is PMJSON => c !== null) };
  };
  return fill(node) ?? node;
}

const REPEATED = new Set<string>([NODE.letterItem, NODE.listItem, NODE.paragraph]);

function mentionsParty(n: PMJSON): boolean {
  if (n.text?.includes(PER_PARTY)) return true;
  return (n.content ?? []).some(mentionsParty);
}

/**
 * Repeats each block that uses per-party placeholders once for every party, outermost
 * repeatable block first: a letter item of the correspondence list becomes one item per
 * party, a komparisi paragraph one paragraph per party. `valuesOf(i)` gives the
 * `party.*` values of the i-th party.
 */
export function expandPartyBlocks(
  node: PMJSON,
  count: number,
  valuesOf: (i: number) => PlaceholderValues,
): PMJSON {
  if (!node.content) return node;
  const content: PMJSON[] = [];
  node.content.forEach((child, index) => {
    if (REPEATED.has(child.type) && mentionsParty(child)) {
      for (let i = 0; i < count; i++) {
        const copy = fillPlaceholders(child, valuesOf(i), true);
        // The last item of a list ends the sentence: "...;" becomes "...".
        const closesList = i === count - 1 && index === node.content!.length - 1;
        content.push(closesList ? endSentence(copy) : copy);
      }
    } else {
      content.push(expandPartyBlocks(child, count, valuesOf));
    }
  });
  return { ...node, content };
}

/** The node with a trailing ";" of its last text replaced by ".". */
function endSentence(node: PMJSON): PMJSON {
  if (node.type === NODE.text) return { ...node, text: node.text?.replace(/;\s*$/, '.') };
  if (!node.content?.length) return node;
  const content = [...node.content];
  content[content.length - 1] = endSentence(content[content.length - 1]!);
  return { ...node, content };
}
