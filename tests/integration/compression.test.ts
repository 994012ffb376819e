import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCooperation } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET whose body arrives as sent (fetch would undo the compression). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

/**
 * On an office's weak connection every byte counts: the client's files go out compressed as
 * the build wrote them, API answers over 1 KiB are compressed as they go, and nothing is
 * compressed for a browser that does not ask for it.
 */
describe('compressed responses', () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'sepakat-client-'));
  const script = `console.log(${JSON.stringify('Pasal '.repeat(2000))});`;
  // Registered first, so that it runs after the server is disposed.
  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));
  const ctx = withServer(undefined, () => {
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Sepakat</title>');
    writeFileSync(join(clientDir, 'assets', 'app-1a2b.js'), script);
    writeFileSync(join(clientDir, 'assets', 'app-1a2b.js.br'), brotliCompressSync(script));
    writeFileSync(join(clientDir, 'assets', 'app-1a2b.js.gz'), gzipSync(script));
    return { env: { SEPAKAT_CLIENT_DIR: clientDir } };
  });

  it('serves a built file as the build compressed it, by what the browser accepts', async () => {
    const url = `${ctx.server.url}/assets/app-1a2b.js`;
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const res = await rawGet(url, { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(res.headers.vary).toContain('accept-encoding');
      expect(res.headers['cache-control']).toContain('immutable');
      expect(decode(res).toString()).toBe(script);
      if (encoding) expect(res.body.length).toBeLessThan(script.length / 10);
    }
  });

  it('compresses an API answer over 1 KiB, and not one the browser did not ask to be compressed', async () => {
    const cookie = await ctx.server.login('ombudsman');
    const coop = await demoCooperation(ctx.server, cookie);
    const url = `${ctx.server.url}/api/documents/${coop.documents[0]!.id}`;
    const plain = await rawGet(url, { cookie });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const packed = await rawGet(url, { cookie, 'accept-encoding': 'br, gzip' });
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(decode(packed).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('the build writes a .br and a .gz beside every script and style sheet over 1 KiB', () => {
    const assets = join(import.meta.dirname, '..', '..', 'dist', 'client', 'assets');
    const files = readdirSync(assets);
    const code = files.filter((f) => /\.(js|css)$/.test(f) && statSync(join(assets, f)).size > 1024);
    expect(code.length).toBeGreaterThan(0);
    for (const f of code) {
      expect(files, f).toContain(`${f}.br`);
      expect(files, f).toContain(`${f}.gz`);
    }
  });
});
