// WV: a master PKS and 20 variants (one per OPD) on a real server. Measures how long one master
// change takes to reach every variant (the server's sync run, and from the keystroke until 20
// stock y-websocket clients of the variants show it, the 250 ms settle included), and the W1
// latency of typing in a variant (a keystroke until another client of it shows it) while the
// master's changes propagate, against the same typing with the master quiet.
//
//   node --import tsx bench/variants.ts [--rounds N] [--cold]
//
// `--cold`: the variants have no clients, so each sync opens their rooms from storage.
import type * as Y from 'yjs';
import type { TestClient } from '../server/collab/testing.ts';
import type { CreateVariantsResponse } from '../shared/api/variants.ts';
import type { PMJSON } from '../shared/clauses.ts';
import { bodyOf, editBody } from '../tests/support/bodyEdits.ts';
import { openClient } from '../tests/support/clients.ts';
import { openEventStream } from '../tests/support/eventStream.ts';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../tests/support/factories.ts';
import { startServer } from '../tests/support/server.ts';
import { percentiles } from './stats.ts';

const VARIANTS = 20;
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 10;
const cold = args.includes('--cold');

const clauseIds = (doc: Y.Doc) =>
  (bodyOf(doc).content ?? []).filter((n) => n.type === 'clause').map((n) => String(n.attrs?.id));
/** Appends `words` to the first paragraph of clause `id`. */
const typeInto = (doc: Y.Doc, id: string, words: string) =>
  editBody(doc, (body) => {
    const para = firstParagraph(body.content?.find((n) => n.attrs?.id === id));
    if (!para) throw new Error(`clause ${id} has no paragraph`);
    para.content = [...(para.content ?? []), { type: 'text', text: words }];
    return body;
  });
function firstParagraph(node: PMJSON | undefined): PMJSON | undefined {
  if (!node || node.type === 'paragraph') return node;
  for (const child of node.content ?? []) {
    const found = firstParagraph(child);
    if (found) return found;
  }
  return undefined;
}
const textOf = (doc: Y.Doc) => JSON.stringify(bodyOf(doc));
const until = async (ok: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};
const fmt = (xs: number[]) => {
  const p = percentiles(xs);
  return `p50 ${p.p50.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms, max ${p.max.toFixed(1)} ms (n=${p.n})`;
};

/** One writer types a marker every 50 ms into a variant; a reader times each one's arrival. */
async function w1Latency(writer: TestClient, reader: TestClient, clauseId: string, ms: number) {
  const latencies: number[] = [];
  const ends = Date.now() + ms;
  for (let i = 0; Date.now() < ends; i++) {
    const marker = ` w${i}x`;
    const sent = performance.now();
    typeInto(writer.doc, clauseId, marker);
    await until(() => textOf(reader.doc).includes(marker));
    latencies.push(performance.now() - sent);
    await new Promise((r) => setTimeout(r, 50));
  }
  return latencies;
}

async function main() {
  const server = await startServer();
  try {
    const owner = await buildUser(server, { displayName: 'Kepala Perwakilan' });
    const coop = await buildCooperation(server, owner.cookie);
    const bureau = await buildMember(server, owner.cookie, coop, 'editor');
    const city = coop.parties.find((p) => p.ordinal === 2)!.id;
    const unitIds: string[] = [];
    for (let i = 1; i <= VARIANTS; i++) {
      const res = await server.api(`/api/cooperations/${coop.id}/units`, {
        cookie: bureau.cookie,
        body: { partyId: city, name: `Dinas ${i}`, shortName: `D${i}`, headName: `Kepala Dinas ${i}` },
      });
      if (res.status !== 201) throw new Error(`unit: ${res.status} ${JSON.stringify(res.body)}`);
      unitIds.push(res.body.unit.id);
    }
    const master = await buildDocument(server, owner.cookie, coop.id, { kind: 'pks', title: 'PKS Induk' });
    await server.api(`/api/documents/${master.id}/master`, { cookie: owner.cookie, method: 'POST' });
    const created = performance.now();
    const made = await server.api<CreateVariantsResponse>(`/api/documents/${master.id}/variants`, {
      cookie: owner.cookie,
      body: { unitIds },
    });
    console.log(`created ${VARIANTS} variants in ${(performance.now() - created).toFixed(0)} ms`);
    const variants = made.body.variants.map((v) => v.documentId);

    const events = await openEventStream(server.url, coop.id, owner.cookie);
    const masterClient = await openClient(server, master.id, owner.cookie);
    const watchers = cold
      ? []
      : await Promise.all(variants.map((id) => openClient(server, id, owner.cookie)));
    const [, target, typed] = clauseIds(masterClient.doc);
    if (!target || !typed) throw new Error('the PKS template has fewer than 3 Pasal');

    const syncMs: number[] = [];
    const arrivalMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const words = ` perubahan ${round}`;
      const sent = performance.now();
      typeInto(masterClient.doc, target, words);
      const synced = await events.next('variants.synced', 15_000);
      syncMs.push(Number(synced.data.durationMs));
      if (!cold) {
        await until(() => watchers.every((w) => textOf(w.doc).includes(words)));
        arrivalMs.push(performance.now() - sent);
      }
    }
    console.log(`WV propagation of one master change to ${VARIANTS} variants${cold ? ' (cold rooms)' : ''}`);
    console.log(`  sync run:                ${fmt(syncMs)}`);
    if (!cold) console.log(`  keystroke to 20 clients: ${fmt(arrivalMs)} (settle of 250 ms included)`);

    // W1 on a variant: quiet master, then the master changing every 300 ms meanwhile.
    const writer = await openClient(server, variants[0]!, owner.cookie);
    const reader = await openClient(server, variants[0]!, owner.cookie);
    const quiet = await w1Latency(writer, reader, typed, 4000);
    let busy = true;
    let changes = 0;
    const masterTyping = (async () => {
      while (busy) {
        typeInto(masterClient.doc, target, ` m${changes++}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    })();
    const during = await w1Latency(writer, reader, typed, 4000);
    busy = false;
    await masterTyping;
    console.log(`W1 latency in a variant, master quiet:       ${fmt(quiet)}`);
    console.log(`W1 latency in a variant, master propagating: ${fmt(during)} (${changes} master changes)`);
    for (const c of [masterClient, writer, reader, ...watchers]) c.destroy();
    await events.close();
  } finally {
    await server.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
