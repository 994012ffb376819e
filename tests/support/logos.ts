import { expect } from 'vitest';
import type { TestServer } from './server.ts';

/** Uploads a PNG as a party's logo, as the owner's members tab does (multipart, same origin). */
export async function uploadLogo(
  server: TestServer,
  cookie: string,
  path: { cooperationId: string; partyId: string },
  png: Buffer,
): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'logo.png');
  const res = await fetch(
    `${server.url}/api/cooperations/${path.cooperationId}/parties/${path.partyId}/logo`,
    { method: 'PUT', headers: { cookie, origin: server.url }, body: form },
  );
  expect(res.status).toBe(204);
}
