import * as Y from 'yjs';
import { buildDocument } from '../../server/collab/convert.ts';
import { largeBody } from '../../server/word/export/fixtures.ts';
import { YDOC } from '../../shared/protocol.ts';
import { FullClient } from '../clients/full.ts';
import type { BenchContext } from '../context.ts';
import { resetPeakMemory, residentMemory } from '../proc.ts';
import type { Running } from '../servers/kinds.ts';
import { LoadSession, type WindowResult } from '../session.ts';
import { MiB, median, round } from '../stats.ts';
import { documentLoads } from './w2.ts';

/** W4 on Sepakat: the .docx of a 100-Pasal agreement, alone and while W2's editors type. */
export interface W4Result {
  pasal: number;
  docxBytes: number;
  /** The first export after a start: the export thread starts and its code is not compiled yet. */
  first?: { ms: number; peakExtraMiB: number };
  /** After the first and a few warm-ups. */
  alone: { ms: number[]; medianMs: number; maxMs: number; peakExtraMiB: number };
  during: {
    documents: number;
    ms: number[];
    medianMs: number;
    maxMs: number;
    /** The editors' window while exports ran, and the same length just before without them. */
    window: WindowResult;
    withoutExports: WindowResult;
  };
}

interface Exported {
  ms: number;
  bytes: number;
  peakExtra: number;
}

async function exportOnce(server: Running, url: string, cookie: string): Promise<Exported> {
  resetPeakMemory(server.pid);
  const before = residentMemory(server.pid).rss;
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.arrayBuffer();
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`export: ${res.status} ${Buffer.from(body).toString()}`);
  return { ms: round(ms), bytes: body.byteLength, peakExtra: residentMemory(server.pid).peak - before };
}

/** Replaces the document's body with `pasal` clauses through a client, and waits until the server has them. */
async function fillDocument(server: Running, documentId: string, pasal: number, cookie: string) {
  const client = new FullClient(server.target(documentId), null);
  await client.synced;
  const body = client.doc.getXmlFragment(YDOC.body);
  client.transact(() => body.delete(0, body.length));
  const built = buildDocument(largeBody(pasal), {});
  client.apply(Y.encodeStateAsUpdate(built));
  built.destroy();
  const url = `http://127.0.0.1:${server.port}/api/documents/${documentId}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(url, { headers: { cookie } });
    const json = (await res.json()) as { document?: { clauses: unknown[] } };
    if (json.document?.clauses.length === pasal) break;
    if (Date.now() > deadline) throw new Error(`W4: the document did not reach ${pasal} Pasal`);
    await new Promise((r) => setTimeout(r, 100));
  }
  client.destroy();
}

export async function runW4(ctx: BenchContext): Promise<W4Result | null> {
  const kind = ctx.kinds.find((k) => k.name === 'sepakat');
  if (!kind) return null;
  const c = ctx.config.w4;
  const { id } = ctx.document(ctx.w4Index);
  const cookie = ctx.prep.seed.cookies[0];
  if (!cookie) throw new Error('the seed signed no editor in');
  ctx.log(`W4 export of ${c.pasal} Pasal`);
  const server = await kind.start(ctx.dir('w4'), ctx.serverCpu);
  const session = new LoadSession(kind, server, ctx.serverCpu);
  try {
    await fillDocument(server, id, c.pasal, cookie);
    const url = `http://127.0.0.1:${server.port}/api/documents/${id}/export.docx`;
    // The first export starts the export thread, which then compiles the docx code as it runs:
    // reported on its own, then a few more let the thread reach its steady pace.
    const first = await exportOnce(server, url, cookie);
    for (let i = 0; i < c.warmups; i++) await exportOnce(server, url, cookie);
    const alone: Exported[] = [];
    for (let i = 0; i < c.repeats; i++) alone.push(await exportOnce(server, url, cookie));

    ctx.log(`W4 export during W2 with ${c.duringDocs} documents`);
    await session.add(documentLoads(ctx, 0, c.duringDocs, 1));
    await new Promise((r) => setTimeout(r, ctx.config.w2.warmupS * 1000));
    const withoutExports = await session.quietWindow(c.duringSeconds, ctx.quietAttempts);
    const during: Exported[] = [];
    let measuring = true;
    const exporting = (async () => {
      while (measuring) {
        during.push(await exportOnce(server, url, cookie));
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    const window = await session.window(c.duringSeconds);
    measuring = false;
    await exporting;
    const times = (xs: Exported[]) => xs.map((x) => x.ms);
    return {
      pasal: c.pasal,
      docxBytes: (alone[0] ?? first).bytes,
      first: { ms: first.ms, peakExtraMiB: round(first.peakExtra / MiB) },
      alone: {
        ms: times(alone),
        medianMs: round(median(times(alone))),
        maxMs: Math.max(...times(alone)),
        peakExtraMiB: round(Math.max(...alone.map((x) => x.peakExtra)) / MiB),
      },
      during: {
        documents: c.duringDocs,
        ms: times(during),
        medianMs: round(median(times(during))),
        maxMs: Math.max(...times(during)),
        window,
        withoutExports,
      },
    };
  } finally {
    session.close();
    await server.stop();
  }
}
