/**
 * `npm run bench:editor [-- --clauses 100 --big 300 --typists 5 --seconds 10 --keys 100]`
 *
 * What the editor in the browser spends on other people's typing: a document of N Pasal is
 * open in Chromium (Debian's, through playwright-core) on a real server; M others type into it
 * (stock y-websocket clients, 5 characters a second each, in different Pasal); Chrome's own
 * counters give the main thread's time per update received, and how much of it is script,
 * layout and style; then the reader types a hundred characters itself. Then the same with a
 * long agreement (300 Pasal, about 150 pages), first opened in a fresh profile and timed from
 * navigation until it takes typing. A laptop that spends most of a core here feels sluggish in a meeting.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
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
    // The long agreement that is opened (timed) and typed in as well; 0 leaves it out.
    big: { type: 'string', default: '300' },
    // Diagnosis: CPU profiles of the page while it opens (FILE-open), while others type (FILE-remote) and while typing (FILE-own).
    profile: { type: 'string' },
    // Diagnosis: a Chromium trace (style invalidations included) of the keystrokes of one's own, to FILE-own.json.
    trace: { type: 'string' },
  },
});
const CLAUSES = Number(values.clauses);
const TYPISTS = Number(values.typists);
const SECONDS = Number(values.seconds);
const KEYS = Number(values.keys);
const BIG = Number(values.big);
const SENTENCE =
  'Para Pihak sepakat untuk melaksanakan kerja sama ini dengan itikad baik sesuai ketentuan peraturan perundang-undangan. ';

type Metrics = Record<string, number>;

/** One of Chromium's Performance.getMetrics values, which always include the ones read here. */
function metric(metrics: Metrics, name: string): number {
  const value = metrics[name];
  if (value === undefined) throw new Error(`Chromium reported no ${name} metric`);
  return value;
}

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** Starts a Chromium trace of the page's main thread; the function it gives ends it and returns its events. */
async function traceOf(cdp: Cdp): Promise<() => Promise<unknown[]>> {
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.invalidationTracking',
        'blink',
      ],
    },
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** What one size of agreement measured. */
interface Measured {
  open: number;
  updates: number;
  perUpdate: number;
  cpuPerUpdate: number;
  cpuOwn: number;
  busy: number;
  split: string;
  own: number;
  ownSplit: string;
}

/**
 * Opens the document in a fresh Chromium profile (timed from navigation until all `clauses` Pasal
 * are on the page and it takes typing), lets the typists type in `clauses` Pasal for SECONDS,
 * then types KEYS characters itself.
 */
async function measure(
  baseUrl: string,
  cookie: string,
  url: string,
  clauses: number,
  typists: ReturnType<typeof connectClient>[],
  name: string,
): Promise<Measured> {
  const reader = await openBrowser({ baseUrl, cookie });
  try {
    const { page } = reader;
    const cdp = await page.context().newCDPSession(page);
    const profiling = async (run: () => Promise<void>, part: string) => {
      if (!values.profile) return run();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await run();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${values.profile}-${name}-${part}.cpuprofile`, JSON.stringify(profile));
    };
    const opening = Date.now();
    await profiling(async () => {
      await page.goto(url);
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('.ProseMirror > [data-type="clause"]').length >= n &&
          document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'true',
        clauses,
        { timeout: 60_000, polling: 20 },
      );
    }, 'open');
    const open = Date.now() - opening;
    await sleep(3000);
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<Metrics> =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const split = (a: Metrics, b: Metrics) =>
      ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']
        .map((m) => (metric(b, m) - metric(a, m)).toFixed(2))
        .join(' / ');

    const before = await metrics();
    const started = Date.now();
    let updates = 0;
    await profiling(async () => {
      while (Date.now() - started < SECONDS * 1000) {
        typists.forEach((typist, t) => {
          // Each typist in a Pasal of its own, spread over the document.
          const n = Math.floor(((t + 0.5) * clauses) / TYPISTS);
          paragraphText(typist.doc, 10 + 2 * n)?.insert(5, 'x');
          updates++;
        });
        await sleep(200);
      }
      await sleep(1000);
    }, 'remote');
    const after = await metrics();
    const elapsed = (Date.now() - started) / 1000;
    const spent = (m: string) => metric(after, m) - metric(before, m);

    // The reader types too: a keystroke of one's own, on the same document, the others gone.
    for (const c of typists) c.destroy();
    await page.locator('.ProseMirror > [data-type="clause"] p').first().click();
    await sleep(500);
    const ownBefore = await metrics();
    const tracing = values.trace ? await traceOf(cdp) : null;
    await profiling(async () => {
      await page.keyboard.type('a'.repeat(KEYS), { delay: 100 });
      await sleep(1000);
    }, 'own');
    const ownAfter = await metrics();
    if (tracing) writeFileSync(`${values.trace}-${name}-own.json`, JSON.stringify(await tracing()));
    return {
      open,
      updates,
      perUpdate: (spent('TaskDuration') * 1000) / updates,
      cpuPerUpdate: (spent('ThreadTime') * 1000) / updates,
      cpuOwn: ((metric(ownAfter, 'ThreadTime') - metric(ownBefore, 'ThreadTime')) * 1000) / KEYS,
      busy: (100 * spent('TaskDuration')) / elapsed,
      split: split(before, after),
      own: ((metric(ownAfter, 'TaskDuration') - metric(ownBefore, 'TaskDuration')) * 1000) / KEYS,
      ownSplit: split(ownBefore, ownAfter),
    };
  } finally {
    await reader.close();
  }
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

    // The agreement grows to `size` Pasal of two paragraphs each (about a page per two).
    const writer = await connect();
    let grown = 0;
    const growTo = async (size: number) => {
      editBody(writer.doc, (doc) => {
        for (let i = grown; i < size; i++)
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
      grown = size;
      await sleep(2000);
    };
    const reader = await server.login('pemkot');
    const url = `/k/${coop.id}/dokumen/${mou.id}`;
    const sizes = [CLAUSES, ...(BIG > CLAUSES ? [BIG] : [])];
    const results: Measured[] = [];
    for (const size of sizes) {
      await growTo(size);
      const typists: ReturnType<typeof connectClient>[] = [];
      for (let t = 0; t < TYPISTS; t++) typists.push(await connect());
      // The typists connect before the page opens, so that their presence is there from the start.
      results.push(await measure(server.url, reader, url, size, typists, `${size}`));
    }
    const machine = describeMachine();
    const row = (label: string, f: (m: Measured) => string) => `| ${label} | ${results.map(f).join(' | ')} |`;
    process.stdout.write(
      [
        `Editor under remote typing: ${sizes.join(' and ')} Pasal, ${TYPISTS} people typing 5 characters a second each, ${SECONDS} s; then ${KEYS} keystrokes of one's own`,
        '',
        `| | ${sizes.map((s) => `${s} Pasal`).join(' | ')} |`,
        `|---|${sizes.map(() => '---|').join('')}`,
        row('open, navigation to editable (ms)', (m) => String(m.open)),
        row('updates received', (m) => `${m.updates} (${(m.updates / SECONDS).toFixed(0)}/s)`),
        row('main thread per update (ms)', (m) => m.perUpdate.toFixed(1)),
        row('main thread CPU per update (ms)', (m) => m.cpuPerUpdate.toFixed(1)),
        row('main thread busy', (m) => `${m.busy.toFixed(0)} %`),
        row('of which script / layout / style (s)', (m) => m.split),
        row(`a keystroke of one's own (10 a second): main thread per keystroke (ms)`, (m) =>
          m.own.toFixed(1),
        ),
        row('main thread CPU per keystroke (ms)', (m) => m.cpuOwn.toFixed(1)),
        row('of which script / layout / style (s)', (m) => m.ownSplit),
        '',
        `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${process.version}`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const c of clients) c.destroy();
    await server.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
