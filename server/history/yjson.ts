import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { NODE } from '../../shared/schema/names.ts';

/**
 * ProseMirror JSON of one element of the live Y.Doc, read without touching it.
 *
 * y-tiptap's own reader (used by `docToJSON`) repairs what does not fit the schema by
 * deleting it from the Y.Doc; attribution runs inside the collaboration server on the live
 * document and must never change it, so it reads the XML tree itself. Attributes missing
 * in the Y.Doc get the schema's defaults (y-tiptap does not store null attributes), so the
 * result hashes exactly like the JSON of `docToJSON`. `readChild` reads each child element
 * (by default this same way): a caller that keeps the JSON of unchanged elements passes its own.
 */
export function yElementToJSON(
  el: Y.XmlElement,
  readChild: (child: Y.XmlElement) => PMJSON = yElementToJSON,
): PMJSON {
  const type = el.nodeName;
  const node: PMJSON = { type };
  const attrs = withDefaults(type, el.getAttributes() as Record<string, unknown>);
  if (attrs) node.attrs = attrs;
  const content: PMJSON[] = [];
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) content.push(readChild(child));
    else if (child instanceof Y.XmlText) content.push(...textNodes(child));
  }
  if (content.length) node.content = content;
  return node;
}

/** The top-level clause elements of a body fragment by id, with their index among all top-level nodes. */
export function clauseElements(body: Y.XmlFragment): Map<string, { el: Y.XmlElement; index: number }> {
  const out = new Map<string, { el: Y.XmlElement; index: number }>();
  body.toArray().forEach((child, index) => {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== NODE.clause) return;
    const id = child.getAttribute('id');
    if (typeof id === 'string' && id && !out.has(id)) out.set(id, { el: child, index });
  });
  return out;
}

const hashedMarkName = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function textNodes(text: Y.XmlText): PMJSON[] {
  const out: PMJSON[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const node: PMJSON = { type: NODE.text, text: op.insert };
    const marks = Object.entries(op.attributes ?? {}).map(([name, value]) => {
      const type = hashedMarkName.exec(name)?.[1] ?? name;
      const attrs = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      return Object.keys(attrs).length ? { type, attrs } : { type };
    });
    if (marks.length) node.marks = marks;
    out.push(node);
  }
  return out;
}

const defaultsCache = new Map<string, Record<string, unknown> | null>();

function withDefaults(type: string, attrs: Record<string, unknown>): Record<string, unknown> | undefined {
  let defaults = defaultsCache.get(type);
  if (defaults === undefined) {
    const spec = agreementSchema().nodes[type]?.spec.attrs;
    defaults = spec
      ? Object.fromEntries(
          Object.entries(spec).map(([k, v]) => [k, (v as { default?: unknown }).default ?? null]),
        )
      : null;
    defaultsCache.set(type, defaults);
  }
  if (!defaults) return Object.keys(attrs).length ? attrs : undefined;
  const out: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) if (attrs[key] !== undefined) out[key] = attrs[key];
  return Object.keys(out).length ? out : undefined;
}
