// An agreement brought to the point of finalising through the real API and a stock
// y-websocket client: the signing date and place filled in and the template's blanks typed
// over (the checklist requires them), then every Pasal and every part outside the Pasal
// approved by each party.
import { expect, vi } from 'vitest';
import * as Y from 'yjs';
import { TEMPLATE_PLACEHOLDER } from '../../shared/completeness.ts';
import { YDOC } from '../../shared/protocol.ts';
import { openClient } from './clients.ts';
import type { TestServer } from './server.ts';

/** A Pasal or a part as `GET /api/documents/:id` lists it. */
export interface Approvable {
  id: string;
  hash: string;
  state: string;
}

/** The approvals path of a Pasal (clause id) or a part (`part:…`). */
export const approvalPath = (documentId: string, itemId: string) =>
  itemId.startsWith('part:')
    ? `/api/documents/${documentId}/parts/${encodeURIComponent(itemId)}/approvals`
    : `/api/documents/${documentId}/clauses/${itemId}/approvals`;

/** Every Pasal and part of the document as the server reads it now. */
export async function approvables(server: TestServer, cookie: string, documentId: string) {
  const res = await server.api(`/api/documents/${documentId}`, { cookie });
  if (res.status !== 200) throw new Error(`GET document: ${res.status} ${JSON.stringify(res.body)}`);
  const { clauses, parts } = res.body.document as { clauses: Approvable[]; parts: Approvable[] };
  return { clauses, parts, all: [...clauses, ...parts] };
}

/** Writes meta fields through a stock y-websocket client (as the meta form does) and waits until the server reads them. */
export async function setMeta(
  server: TestServer,
  cookie: string,
  documentId: string,
  fields: Record<string, string>,
): Promise<void> {
  const client = await openClient(server, documentId, cookie);
  try {
    const meta = client.doc.getMap<string>(YDOC.meta);
    client.doc.transact(() => {
      for (const [key, value] of Object.entries(fields)) meta.set(key, value);
    });
    await vi.waitFor(
      async () => {
        const res = await server.api(`/api/documents/${documentId}`, { cookie });
        expect(res.body.document.meta).toMatchObject(fields);
      },
      { timeout: 10_000, interval: 50 },
    );
  } finally {
    client.destroy();
  }
}

/** Replaces each template blank in one text node ("[nama pejabat]" → "nama pejabat"), keeping its marks. */
function typeOver(text: Y.XmlText): void {
  const blanks: { at: number; blank: string; attributes?: object }[] = [];
  let offset = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: object }[]) {
    if (typeof op.insert !== 'string') {
      offset += 1;
      continue;
    }
    for (const m of op.insert.matchAll(TEMPLATE_PLACEHOLDER)) {
      blanks.push({ at: offset + (m.index ?? 0), blank: m[0], attributes: op.attributes });
    }
    offset += op.insert.length;
  }
  for (const { at, blank, attributes } of blanks.reverse()) {
    text.delete(at, blank.length);
    text.insert(at, blank.slice(1, -1), attributes as Record<string, unknown>);
  }
}

function typeOverAll(node: Y.XmlFragment | Y.XmlElement): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) typeOver(child);
    else if (child instanceof Y.XmlElement) typeOverAll(child);
  }
}

/** Types over every template blank of the body, as drafters do, and waits until the server finds none. */
export async function typeOverBlanks(server: TestServer, cookie: string, documentId: string): Promise<void> {
  const client = await openClient(server, documentId, cookie);
  try {
    client.doc.transact(() => typeOverAll(client.doc.getXmlFragment(YDOC.body)));
    await vi.waitFor(
      async () => {
        const res = await server.api(`/api/documents/${documentId}`, { cookie });
        const items: { key: string; present: boolean }[] = res.body.document.completeness?.items ?? [];
        expect(items.find((i) => i.key === 'placeholders')?.present ?? true).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
  } finally {
    client.destroy();
  }
}

/** The date and place of signing and the template's blanks, which the checklist requires before finalising. */
export async function fillSigning(server: TestServer, cookie: string, documentId: string): Promise<void> {
  await setMeta(server, cookie, documentId, { date: '2025-06-23', place: 'Kota Jambi' });
  await typeOverBlanks(server, cookie, documentId);
}

/** Each cookie's party approves the given items (default: everything not yet agreed) at their hash now. */
export async function approveAll(
  server: TestServer,
  cookies: string[],
  documentId: string,
  items?: Approvable[],
): Promise<void> {
  const list =
    items ?? (await approvables(server, cookies[0]!, documentId)).all.filter((i) => i.state !== 'agreed');
  for (const item of list) {
    for (const cookie of cookies) {
      const res = await server.api(approvalPath(documentId, item.id), { cookie, body: { hash: item.hash } });
      expect([200, 201], `approve ${item.id}: ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  }
}

/**
 * Makes a draft ready and finalises it: signing date and place filled in, everything approved
 * by each cookie's party (one cookie per party), then `POST …/finalize` with the first cookie.
 */
export async function finaliseAgreed(server: TestServer, cookies: string[], documentId: string) {
  await fillSigning(server, cookies[0]!, documentId);
  await approveAll(server, cookies, documentId);
  const res = await server.api(`/api/documents/${documentId}/finalize`, {
    cookie: cookies[0],
    method: 'POST',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}

/**
 * Finalises a draft everything of which each cookie's party approved ({@link finaliseAgreed}),
 * then records it signed on `date` in Kota Jambi with the first cookie.
 */
export async function signAgreed(server: TestServer, cookies: string[], documentId: string, date: string) {
  await finaliseAgreed(server, cookies, documentId);
  const res = await server.api(`/api/documents/${documentId}/sign`, {
    cookie: cookies[0],
    body: { date, place: 'Kota Jambi' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}
