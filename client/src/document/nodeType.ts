import type { NodeType, Schema } from '@tiptap/pm/model';

/**
 * The schema's node type called `name`. The agreement schema declares every name of `NODE`, so
 * a missing one is a wrong name in the code, said at once rather than as a later `undefined`.
 */
export function nodeType(schema: Schema, name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`Sepakat: the schema has no node type "${name}"`);
  return type;
}
