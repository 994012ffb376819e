import { describe, expect, it } from 'vitest';
import { paragraphText, sleep, waitFor } from '../../server/collab/testing.ts';
import { demoSession } from '../support/demo.ts';
import { streamsPerTest } from '../support/eventStream.ts';

const TOKEN = 'uji-metrik-0123456789abcdef';
const demo = demoSession(['pemkot', 'tamu'], { env: { SEPAKAT_METRICS_TOKEN: TOKEN } });
const openStream = streamsPerTest(() => demo.server);
const mouId = () => demo.coop.documents.find((d) => d.kind === 'mou')!.id;

/** Every sample of an exposition by its series (`name{labels}`), as a scraper would read it. */
function parse(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return out;
}

/** `/metrics` from the test's own machine (loopback, no proxy header): served without a token. */
async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${demo.server.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parse(await res.text());
}

const value = (m: Map<string, number>, series: string) => {
  const v = m.get(series);
  if (v === undefined) throw new Error(`no series ${series}`);
  return v;
};

const LOGGED = 'sepakat_updates_logged_total{author="person"}';
const COMMITS = 'sepakat_update_log_commit_seconds_count';

/** Polls the metrics until `check` holds on them. */
async function scrapeUntil(check: (m: Map<string, number>) => boolean, label: string) {
  const deadline = Date.now() + 8000;
  for (;;) {
    const m = await scrape();
    if (check(m)) return m;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await sleep(50);
  }
}

describe('GET /metrics on the real server', () => {
  it('counts what stock y-websocket clients do: rooms, connections, logged and refused updates, commits', async () => {
    const before = await scrape();
    const editor = await demo.open(mouId(), 'pemkot');
    const stream = await openStream(demo.coop.id, demo.cookies.pemkot);
    for (const word of ['Satu ', 'dua ', 'tiga ']) {
      paragraphText(editor.doc, 0)!.insert(0, word);
      await sleep(20);
    }
    const after = await scrapeUntil((m) => value(m, LOGGED) >= value(before, LOGGED) + 3, 'three updates');
    expect(value(after, COMMITS)).toBeGreaterThan(value(before, COMMITS));
    expect(value(after, 'sepakat_rooms_open')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'sepakat_connections{kind="document"}')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'sepakat_connections{kind="cooperation_events"}')).toBeGreaterThanOrEqual(1);

    // The commit histogram is cumulative: each bucket holds the ones below it, +Inf all of them.
    const buckets = [...after.entries()].filter(([k]) =>
      k.startsWith('sepakat_update_log_commit_seconds_bucket'),
    );
    expect(buckets.at(-1)![0]).toBe('sepakat_update_log_commit_seconds_bucket{le="+Inf"}');
    for (let i = 1; i < buckets.length; i++)
      expect(buckets[i]![1]).toBeGreaterThanOrEqual(buckets[i - 1]![1]);
    expect(buckets.at(-1)![1]).toBe(value(after, COMMITS));
    expect(value(after, 'sepakat_update_log_commit_seconds_sum')).toBeGreaterThan(0);

    // A viewer's keystroke is refused as read-only, and counted so.
    const refused = 'sepakat_updates_refused_total{reason="read-only"}';
    const viewer = await demo.open(mouId(), 'tamu');
    paragraphText(viewer.doc, 0)!.insert(0, 'TAMU ');
    await waitFor(() => viewer.closes.includes(4422), 'the refusal');
    await scrapeUntil((m) => value(m, refused) === value(before, refused) + 1, 'the refusal counted');

    await stream.close();
    editor.destroy();
    await scrapeUntil(
      (m) =>
        value(m, 'sepakat_connections{kind="document"}') === 0 &&
        value(m, 'sepakat_connections{kind="cooperation_events"}') === 0,
      'connections closed',
    );
  });

  it('serves a request a proxy forwarded only with the Bearer token, and counts the refusals as 4xx', async () => {
    const before = await scrape();
    const get = (headers: Record<string, string>) =>
      fetch(`${demo.server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9', ...headers } });

    const missing = await get({});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="sepakat-metrics"');
    const body = (await missing.json()) as { error: { id: string; message: string; messageEn: string } };
    expect(body.error.id).toBe('metrics.unauthorised');
    expect(body.error.message).toMatch(/token/);
    expect((await get({ authorization: `Bearer ${TOKEN}0` })).status).toBe(401);
    expect((await get({ authorization: `Basic ${TOKEN}` })).status).toBe(401);

    const served = await get({ authorization: `Bearer ${TOKEN}` });
    expect(served.status).toBe(200);
    const m = parse(await served.text());
    expect(value(m, 'sepakat_http_responses_total{code="4xx"}')).toBeGreaterThanOrEqual(
      value(before, 'sepakat_http_responses_total{code="4xx"}') + 3,
    );
    expect(value(m, 'process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024);
    expect(m.has('sepakat_event_loop_delay_seconds{quantile="0.99"}')).toBe(true);
  });
});
