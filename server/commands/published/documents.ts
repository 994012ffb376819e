import type { AppContext } from '../../context.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import { type ImportDocumentInput, importDocument } from '../../word/import/createImported.ts';
import { type CreateDocumentInput, createDocument } from '../createDocument.ts';

/** Tells the cooperation's open screens that its document list grew. */
function publishCreated(ctx: Pick<AppContext, 'events'>, document: DocumentRecord): void {
  ctx.events?.publish(document.cooperationId, { type: 'document.created', documentId: document.id });
}

/** Creates a document from its template (`createDocument`) and publishes `document.created`. */
export async function createDocumentAndPublish(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>,
  input: CreateDocumentInput,
): Promise<DocumentRecord> {
  const document = await createDocument(ctx, input);
  publishCreated(ctx, document);
  return document;
}

/** Creates a document from a .docx draft (`importDocument`) and publishes `document.created`. */
export async function importDocumentAndPublish(
  ctx: Pick<AppContext, 'db' | 'store' | 'word' | 'config' | 'events'>,
  input: ImportDocumentInput,
): ReturnType<typeof importDocument> {
  const imported = await importDocument(ctx, input);
  publishCreated(ctx, imported.document);
  return imported;
}
