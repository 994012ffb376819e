import type { PMJSON } from '../clauses.ts';
import { NODE } from '../schema/names.ts';
import { isVariableName, type VariableName } from './names.ts';

/** The value of each variable for one document; a missing or blank value leaves the variable unfilled. */
export type VariableValues = Partial<Record<VariableName, string>>;

/** The value a variable node takes from `values`, or null when it has none. */
export function filledValue(node: PMJSON, values: VariableValues): string | null {
  const name = node.attrs?.name;
  if (!isVariableName(name)) return null;
  const value = values[name]?.trim();
  return value ? value : null;
}

/**
 * The document (or any node) with every variable that has a value replaced by that value as
 * text, keeping the variable's marks (bold, a pending suggestion's). A variable without a value
 * stays a variable node, or becomes the text `unfilled(name)` when that is given (what the
 * completeness check reads). Pure: `doc` is not changed.
 */
export function fillVariables(
  doc: PMJSON,
  values: VariableValues,
  unfilled?: (name: unknown) => string,
): PMJSON {
  const fill = (n: PMJSON): PMJSON => {
    if (n.type === NODE.variable) {
      const text = filledValue(n, values) ?? unfilled?.(n.attrs?.name);
      if (text === undefined) return n;
      return n.marks?.length ? { type: NODE.text, text, marks: n.marks } : { type: NODE.text, text };
    }
    return n.content ? { ...n, content: n.content.map(fill) } : n;
  };
  return fill(doc);
}

/** The names of the variables a document holds, each once, in document order. */
export function variablesIn(doc: PMJSON): VariableName[] {
  const found = new Set<VariableName>();
  const walk = (n: PMJSON) => {
    if (n.type === NODE.variable && isVariableName(n.attrs?.name)) found.add(n.attrs.name);
    n.content?.forEach(walk);
  };
  walk(doc);
  return [...found];
}

/** The variables of `doc` that `values` leaves unfilled: what keeps it from being final. */
export function missingVariables(doc: PMJSON, values: VariableValues): VariableName[] {
  return variablesIn(doc).filter((name) => !values[name]?.trim());
}
