// An agreement brought to the point of finalising through the real API and a stock
// y-websocket client: the signing date and place filled in (the checklist requires them),
// then every Pasal and every part outside the Pasal approved by each party.
import { expect, vi } from 'vitest';
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

/** The date and place of signing, which the checklist requires before finalising. */
export const fillSigning = (server: TestServer, cookie: string, documentId: string) =>
  setMeta(server, cookie, documentId, { date: '2025-06-23', place: 'Kota Jambi' });

/** Each cookie's party approves the given items (default: everything not yet agreed) at their hash now. */
export async function approveAll(
  server: TestServer,
  cookies: string[],
  documentId: string,
  items?: Approvable[],
): Promise<void> {
  const list =
    items ?? (await approvables(server, cookies[0], documentId)).all.filter((i) => i.state !== 'agreed');
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
  await fillSigning(server, cookies[0], documentId);
  await approveAll(server, cookies, documentId);
  const res = await server.api(`/api/documents/${documentId}/finalize`, {
    cookie: cookies[0],
    method: 'POST',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}
