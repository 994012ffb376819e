import * as Y from 'yjs';
import type { PMJSON } from '../../../shared/clauses.ts';
import { YDOC } from '../../../shared/protocol.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { type ResourceLimits, resourceLimits } from '../../config.ts';
import { exportTooLarge } from '../../errors/index.ts';

/** The export limits; the Word thread reads them from the environment the server was started with. */
export type ExportLimits = Pick<ResourceLimits, 'exportPasal' | 'exportParagraphs'>;

/** Nodes that print as one paragraph of their own. */
const TEXTBLOCKS = new Set<string>([NODE.paragraph, NODE.clauseHeading, NODE.chapter]);

let fromEnvironment: ExportLimits | null = null;
const environmentLimits = () => {
  fromEnvironment ??= resourceLimits(process.env);
  return fromEnvironment;
};

/** Pasal and paragraphs of a document body, counted without recursion (a hostile body may be deep). */
export function documentSize(body: PMJSON): { pasal: number; paragraphs: number } {
  let pasal = 0;
  let paragraphs = 0;
  const stack: PMJSON[] = [body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === NODE.clause) pasal++;
    else if (TEXTBLOCKS.has(node.type)) paragraphs++;
    if (Array.isArray(node.content)) for (const child of node.content) stack.push(child);
  }
  return { pasal, paragraphs };
}

/**
 * Refuses to build a Word file of a document over the export limits, whatever way it grew that
 * large: building one costs the thread's memory and time in proportion (20,000 Pasal: 8 s and
 * 190 MB more), and the file would be of no use to anyone signing it. Throws `export.too_large`.
 */
export function checkExportSize(body: PMJSON, limits: ExportLimits = environmentLimits()): void {
  const { pasal, paragraphs } = documentSize(body);
  if (pasal > limits.exportPasal || paragraphs > limits.exportParagraphs) throw exportTooLarge(limits);
}

/**
 * Whether the live document's Pasal are within the export limit, asked before the route turns
 * it into JSON on the event loop (a document of 6,000 Pasal held every editor for over a second
 * there): its Pasal are the top level's clause elements, counted without reading their content.
 * Paragraphs are counted on the thread ({@link checkExportSize}).
 */
export function fitsExport(doc: Y.Doc, limits: ExportLimits): boolean {
  let pasal = 0;
  for (const node of doc.getXmlFragment(YDOC.body).toArray()) {
    if (node instanceof Y.XmlElement && node.nodeName === NODE.clause) pasal++;
  }
  return pasal <= limits.exportPasal;
}
