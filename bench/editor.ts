/**
 * `npm run bench:editor [-- --clauses 100 --typists 5 --seconds 10 --keys 100]`
 *
 * What the editor in the browser spends on other people's typing: a document of N Pasal is
 * open in Chromium (Debian's, through playwright-core) on a real server; M others type into it
 * (stock y-websocket clients, 5 characters a second each, in different Pasal); Chrome's own
 * counters give the main thread's time per update received, and how much of it is script,
 * layout and style; then the reader types a hundred characters itself. A laptop that spends most
 * of a core here feels sluggish in a meeting.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectClient, cookieWebSocket, paragraphText, sleep } from '../server/collab/testing.ts';
import { clause, editBody, paragraph } from '../tests/support/bodyEdits.ts';
import { openBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';
import { describeMachine } from './machine.ts';

const { values } = parseArgs({
  options: {
    clauses: { type: 'string', default: '100' },
    typists: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    keys: { type: 'string', default: '100' },
    // Diagnosis: CPU profiles of the page while others type (FILE-remote) and while typing (FILE-own).
    profile: { type: 'string' },
  },
});
const CLAUSES = Number(values.clauses);
const TYPISTS = Number(values.typists);
const SECONDS = Number(values.seconds);
const KEYS = Number(values.keys);
const SENTENCE =
  'Para Pihak sepakat untuk melaksanakan kerja sama ini dengan itikad baik sesuai ketentuan peraturan perundang-undangan. ';

type Metrics = Record<string, number>;

/** One of Chromium's Performance.getMetrics values, which always include the ones read here. */
function metric(metrics: Metrics, name: string): number {
  const value = metrics[name];
  if (value === undefined) throw new Error(`Chromium reported no ${name} metric`);
  return value;
}

async function main() {
  const server = await startServer();
  const clients: ReturnType<typeof connectClient>[] = [];
  try {
    const cookie = await server.login('ombudsman');
    const coop = (await server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const mou = coop.documents.find((d: { kind: string }) => d.kind === 'mou');
    const connect = async () => {
      const c = connectClient(`${server.wsUrl}/collab`, mou.id, '', {
        WebSocketPolyfill: cookieWebSocket(cookie),
      });
      clients.push(c);
      await c.synced();
      return c;
    };

    // The agreement grows to CLAUSES Pasal of two paragraphs each (about a page per three).
    const writer = await connect();
    editBody(writer.doc, (doc) => {
      for (let i = 0; i < CLAUSES; i++)
        doc.content!.splice(
          doc.content!.length - 1,
          0,
          clause(
            `bench${i}`,
            `KETENTUAN ${i + 1}`,
            paragraph(SENTENCE.repeat(3)),
            paragraph(SENTENCE.repeat(2)),
          ),
        );
      return doc;
    });
    await sleep(2000);

    const reader = await openBrowser({ baseUrl: server.url, cookie: await server.login('pemkot') });
    try {
      const { page } = reader;
      await page.goto(`/k/${coop.id}/dokumen/${mou.id}`);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.ProseMirror > [data-type="clause"]').length >= n,
        CLAUSES,
        { timeout: 60_000 },
      );
      await sleep(3000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async (): Promise<Metrics> =>
        Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

      const typists: ReturnType<typeof connectClient>[] = [];
      for (let t = 0; t < TYPISTS; t++) typists.push(await connect());
      const profiling = async (run: () => Promise<void>, name: string) => {
        if (!values.profile) return run();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
        await run();
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`${values.profile}-${name}.cpuprofile`, JSON.stringify(profile));
      };
      const before = await metrics();
      const started = Date.now();
      let updates = 0;
      await profiling(async () => {
        while (Date.now() - started < SECONDS * 1000) {
          typists.forEach((typist, t) => {
            // Each typist in a Pasal of its own, spread over the document.
            const n = Math.floor(((t + 0.5) * CLAUSES) / TYPISTS);
            paragraphText(typist.doc, 10 + 2 * n)?.insert(5, 'x');
            updates++;
          });
          await sleep(200);
        }
        await sleep(1000);
      }, 'remote');
      const after = await metrics();
      const elapsed = (Date.now() - started) / 1000;
      // The reader types too: a keystroke of one's own, on the same document.
      for (const c of typists) c.destroy();
      await page.locator('.ProseMirror > [data-type="clause"] p').first().click();
      await sleep(500);
      const ownBefore = await metrics();
      await profiling(async () => {
        await page.keyboard.type('a'.repeat(KEYS), { delay: 100 });
        await sleep(1000);
      }, 'own');
      const ownAfter = await metrics();
      const own = ((metric(ownAfter, 'TaskDuration') - metric(ownBefore, 'TaskDuration')) * 1000) / KEYS;
      const spent = (name: string) => metric(after, name) - metric(before, name);
      const machine = describeMachine();
      const rows = [
        ['updates received', `${updates} (${(updates / SECONDS).toFixed(0)}/s)`],
        ['main thread per update (ms)', ((spent('TaskDuration') * 1000) / updates).toFixed(1)],
        ['main thread busy', `${((100 * spent('TaskDuration')) / elapsed).toFixed(0)} %`],
        [
          'of which script / layout / style (s)',
          ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']
            .map((m) => spent(m).toFixed(2))
            .join(' / '),
        ],
        [`a keystroke of one's own (${KEYS}, 10 a second): main thread per keystroke (ms)`, own.toFixed(1)],
      ];
      process.stdout.write(
        [
          `Editor under remote typing: ${CLAUSES} Pasal, ${TYPISTS} people typing 5 characters a second each, ${SECONDS} s`,
          '',
          '| | Chromium |',
          '|---|---|',
          ...rows.map(([k, v]) => `| ${k} | ${v} |`),
          '',
          `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${process.version}`,
          '',
        ].join('\n'),
      );
    } finally {
      await reader.close();
    }
  } finally {
    for (const c of clients) c.destroy();
    await server.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
