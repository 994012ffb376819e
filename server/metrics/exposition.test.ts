import { describe, expect, it } from 'vitest';
import {
  Counter,
  escapeHelp,
  escapeLabelValue,
  formatFamily,
  formatValue,
  Gauge,
  Histogram,
  Registry,
  Summary,
} from './exposition.ts';
import { ServerMetrics } from './serverMetrics.ts';

/** The sample lines of an exposition, without HELP and TYPE. */
const sampleLines = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('the text exposition format', () => {
  it('writes a counter with its HELP and TYPE, at 0 before anything happened', () => {
    const c = new Counter({ name: 'sepakat_things_total', help: 'Things.' });
    expect(formatFamily(c)).toBe(
      '# HELP sepakat_things_total Things.\n# TYPE sepakat_things_total counter\nsepakat_things_total 0\n',
    );
    c.inc();
    c.inc({}, 2.5);
    expect(sampleLines(formatFamily(c))).toEqual(['sepakat_things_total 3.5']);
  });

  it('writes labels in the order of the label names, whatever order they were given in', () => {
    const c = new Counter({ name: 'jobs_total', help: 'Jobs.', labelNames: ['job', 'outcome'] });
    c.inc({ outcome: 'done', job: 'agreement' });
    c.inc({ job: 'agreement', outcome: 'done' });
    c.inc({ job: 'import', outcome: 'failed' });
    expect(sampleLines(formatFamily(c))).toEqual([
      'jobs_total{job="agreement",outcome="done"} 2',
      'jobs_total{job="import",outcome="failed"} 1',
    ]);
  });

  it('escapes backslash, double quote and line feed in label values, and backslash and line feed in HELP', () => {
    expect(escapeLabelValue('C:\\data "x"\nend')).toBe('C:\\\\data \\"x\\"\\nend');
    expect(escapeHelp('a \\ b\n"c"')).toBe('a \\\\ b\\n"c"');
    const g = new Gauge({ name: 'g', help: 'Two\nlines', labelNames: ['path'] });
    g.set({ path: 'a"b\\c\nd' }, 1);
    expect(formatFamily(g)).toBe('# HELP g Two\\nlines\n# TYPE g gauge\ng{path="a\\"b\\\\c\\nd"} 1\n');
  });

  it('writes special values as Go reads them', () => {
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('+Inf');
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('-Inf');
    expect(formatValue(0.00025)).toBe('0.00025');
    expect(Number(formatValue(1e-7))).toBe(1e-7);
    expect(formatValue(-3)).toBe('-3');
  });

  it('refuses what would make a bad exposition: wrong labels, a shrinking counter, bad or reserved names', () => {
    const c = new Counter({ name: 'x_total', help: 'X.', labelNames: ['reason'] });
    expect(() => c.inc({})).toThrow(/do not match/);
    expect(() => c.inc({ reason: 'a', other: 'b' } as { reason: string })).toThrow(/do not match/);
    expect(() => c.inc({ reason: 'a' }, -1)).toThrow(/cannot grow/);
    expect(() => c.inc({ reason: 'a' }, Number.NaN)).toThrow(/cannot grow/);
    expect(() => new Counter({ name: 'bad-name', help: '' })).toThrow(/not valid/);
    expect(() => new Counter({ name: 'x', help: '', labelNames: ['__x'] })).toThrow(/not valid/);
    expect(() => new Counter({ name: 'x', help: '', labelNames: ['a', 'a'] })).toThrow(/repeat/);
    expect(() => new Histogram({ name: 'h', help: '', labelNames: ['le'], buckets: [1] })).toThrow(
      /reserved/,
    );
    expect(() => new Histogram({ name: 'h', help: '', buckets: [1, 1] })).toThrow(/increasing/);
    expect(() => new Histogram({ name: 'h', help: '', buckets: [] })).toThrow(/at least one/);
    const r = new Registry();
    r.add(new Gauge({ name: 'twice', help: '' }));
    expect(() => r.add(new Gauge({ name: 'twice', help: '' }))).toThrow(/twice/);
  });

  it('counts a histogram into cumulative buckets: a bound includes its value, +Inf equals the count', () => {
    const h = new Histogram({ name: 'commit_seconds', help: 'Commits.', buckets: [0.001, 0.01, 0.1] });
    for (const v of [0.0005, 0.001, 0.002, 0.05, 0.05, 3]) h.observe(v);
    expect(sampleLines(formatFamily(h))).toEqual([
      'commit_seconds_bucket{le="0.001"} 2',
      'commit_seconds_bucket{le="0.01"} 3',
      'commit_seconds_bucket{le="0.1"} 5',
      'commit_seconds_bucket{le="+Inf"} 6',
      `commit_seconds_sum ${0.0005 + 0.001 + 0.002 + 0.05 + 0.05 + 3}`,
      'commit_seconds_count 6',
    ]);
    expect(formatFamily(h)).toContain('# TYPE commit_seconds histogram\n');
  });

  it('writes a labelled histogram per series, `le` after the labels', () => {
    const h = new Histogram({ name: 'job_seconds', help: 'Jobs.', labelNames: ['job'], buckets: [1] });
    h.observe(0.5, { job: 'import' });
    h.observe(2, { job: 'agreement' });
    expect(sampleLines(formatFamily(h))).toEqual([
      'job_seconds_bucket{job="import",le="1"} 1',
      'job_seconds_bucket{job="import",le="+Inf"} 1',
      'job_seconds_sum{job="import"} 0.5',
      'job_seconds_count{job="import"} 1',
      'job_seconds_bucket{job="agreement",le="1"} 0',
      'job_seconds_bucket{job="agreement",le="+Inf"} 1',
      'job_seconds_sum{job="agreement"} 2',
      'job_seconds_count{job="agreement"} 1',
    ]);
  });

  it('reads a collected gauge and a summary when written, not before', () => {
    let rooms = 1;
    const g = new Gauge({ name: 'rooms', help: 'Rooms.', collect: (gauge) => gauge.set({}, rooms) });
    rooms = 4;
    expect(sampleLines(formatFamily(g))).toEqual(['rooms 4']);
    const s = new Summary('delay_seconds', 'Delay.', () => ({
      quantiles: [
        [0.5, 0.001],
        [0.99, Number.NaN],
      ],
      sum: 2,
      count: 10,
    }));
    expect(formatFamily(s)).toBe(
      [
        '# HELP delay_seconds Delay.',
        '# TYPE delay_seconds summary',
        'delay_seconds{quantile="0.5"} 0.001',
        'delay_seconds{quantile="0.99"} NaN',
        'delay_seconds_sum 2',
        'delay_seconds_count 10',
        '',
      ].join('\n'),
    );
  });
});

/** A sample line: name, optional `{k="v",…}` with escaped values, a Go float. */
const SAMPLE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\})? (NaN|[+-]Inf|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

describe("the server's exposition", () => {
  it('is well formed: each family has HELP then TYPE once, then only its own samples', () => {
    const metrics = new ServerMetrics();
    try {
      metrics.commitSeconds.observe(0.0003);
      metrics.updatesRefused.inc({ reason: 'quota' });
      metrics.wordJobStarted('agreement')('done');
      metrics.answered(404);
      const text = metrics.render();
      expect(text.endsWith('\n')).toBe(true);
      const families = new Map<string, string>();
      let current: { name: string; type: string } | null = null;
      for (const line of text.trimEnd().split('\n')) {
        const help = /^# HELP (\S+) .+$/.exec(line);
        const type = /^# TYPE (\S+) (counter|gauge|histogram|summary)$/.exec(line);
        if (help) {
          expect(families.has(help[1]!), `${help[1]} twice`).toBe(false);
          current = { name: help[1]!, type: '' };
        } else if (type) {
          expect(type[1]).toBe(current?.name);
          current!.type = type[2]!;
          families.set(type[1]!, type[2]!);
        } else {
          const m = SAMPLE.exec(line);
          expect(m, line).not.toBeNull();
          const suffixes = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count'] };
          const allowed = ['', ...(suffixes[current!.type as keyof typeof suffixes] ?? [])];
          expect(
            allowed.map((s) => current!.name + s),
            line,
          ).toContain(m![1]);
        }
      }
      expect(families.get('sepakat_update_log_commit_seconds')).toBe('histogram');
      expect(families.get('sepakat_event_loop_delay_seconds')).toBe('summary');
      expect(text).toContain('sepakat_updates_refused_total{reason="quota"} 1\n');
      expect(text).toContain('sepakat_updates_refused_total{reason="read-only"} 0\n');
      expect(text).toContain('sepakat_word_jobs_total{job="agreement",outcome="done"} 1\n');
      expect(text).toContain('sepakat_http_responses_total{code="4xx"} 1\n');
      expect(text).toContain('sepakat_rooms_open 0\n');
    } finally {
      metrics.stop();
    }
  });
});
