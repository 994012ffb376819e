/**
 * Prometheus' text exposition format (version 0.0.4): counters, gauges, histograms and summaries
 * written as `# HELP`, `# TYPE` and one line per sample. Small on purpose: the server exposes a
 * few dozen series, read every few seconds by one scraper.
 */

/** The Content-Type of an exposition. */
export const EXPOSITION_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export type Labels = Readonly<Record<string, string>>;

/** One line of a family: `name{labels} value`, the name being the family's plus `suffix`. */
export interface Sample {
  suffix?: '_bucket' | '_sum' | '_count';
  labels?: Labels;
  value: number;
}

/** What a registry writes: a family of samples under one name, help and type. */
export interface MetricFamily {
  readonly name: string;
  readonly help: string;
  readonly type: 'counter' | 'gauge' | 'histogram' | 'summary';
  samples(): Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function checkName(name: string): void {
  if (!METRIC_NAME.test(name)) throw new Error(`metric name "${name}" is not valid`);
}

/** Label names a family may use: valid, not reserved (`__`), not twice, not `reserved` (le, quantile). */
function checkLabelNames(names: readonly string[], reserved?: string): void {
  for (const n of names) {
    if (!LABEL_NAME.test(n) || n.startsWith('__')) throw new Error(`label name "${n}" is not valid`);
    if (n === reserved) throw new Error(`label name "${n}" is reserved here`);
  }
  if (new Set(names).size !== names.length) throw new Error(`label names repeat: ${names.join(', ')}`);
}

/** A value as the format writes it: Go's float syntax, with `+Inf`, `-Inf` and `NaN`. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

/** A label value inside its double quotes: backslash, double quote and line feed escaped. */
export const escapeLabelValue = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** A HELP text: backslash and line feed escaped (a double quote stays as it is). */
export const escapeHelp = (help: string): string => help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

function formatLabels(labels: Labels | undefined): string {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

/** One family as text: its HELP and TYPE lines, then its samples. */
export function formatFamily(family: MetricFamily): string {
  const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`];
  for (const s of family.samples()) {
    lines.push(`${family.name}${s.suffix ?? ''}${formatLabels(s.labels)} ${formatValue(s.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The families one endpoint exposes, written in the order they were added. */
export class Registry {
  private readonly families = new Map<string, MetricFamily>();

  /** Adds `family`; a name taken already is a programming error. */
  add<F extends MetricFamily>(family: F): F {
    checkName(family.name);
    if (this.families.has(family.name)) throw new Error(`metric ${family.name} is registered twice`);
    this.families.set(family.name, family);
    return family;
  }

  /** The whole exposition. */
  render(): string {
    return [...this.families.values()].map(formatFamily).join('');
  }
}

/**
 * Series of one family by their label values: each label set is checked against the family's
 * label names once and kept in the order it first appeared.
 */
class Series<L extends string, V> {
  private readonly byKey = new Map<string, { labels: Labels; value: V }>();

  constructor(
    private readonly labelNames: readonly L[],
    private readonly fresh: () => V,
  ) {}

  get(labels: Partial<Record<L, string>>): V {
    const values = this.labelNames.map((n) => labels[n]);
    const key = JSON.stringify(values);
    let entry = this.byKey.get(key);
    if (!entry) {
      const given = Object.keys(labels);
      if (values.some((v) => typeof v !== 'string') || given.length !== this.labelNames.length) {
        throw new Error(`labels {${given.join(', ')}} do not match {${this.labelNames.join(', ')}}`);
      }
      const ordered = Object.fromEntries(this.labelNames.map((n, i) => [n, values[i] as string]));
      entry = { labels: ordered, value: this.fresh() };
      this.byKey.set(key, entry);
    }
    return entry.value;
  }

  entries(): { labels: Labels; value: V }[] {
    return [...this.byKey.values()];
  }
}

interface FamilyOptions<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
}

/** A family whose series are kept by their label values. */
abstract class LabelledFamily<L extends string, V> implements MetricFamily {
  abstract readonly type: MetricFamily['type'];
  readonly name: string;
  readonly help: string;
  protected readonly series: Series<L, V>;

  /** `reserved`: a label name the type writes itself (`le`). A family without labels has its one series from the start. */
  constructor({ name, help, labelNames = [] }: FamilyOptions<L>, fresh: () => V, reserved?: string) {
    checkName(name);
    checkLabelNames(labelNames, reserved);
    this.name = name;
    this.help = help;
    this.series = new Series(labelNames, fresh);
    if (labelNames.length === 0) this.series.get({});
  }

  abstract samples(): Sample[];
}

/** A family of one number per series. */
abstract class NumberFamily<L extends string> extends LabelledFamily<L, { n: number }> {
  constructor(options: FamilyOptions<L>) {
    super(options, () => ({ n: 0 }));
  }

  /** The current value of one series (for tests and derived figures). */
  value(labels: Partial<Record<L, string>> = {}): number {
    return this.series.get(labels).n;
  }

  samples(): Sample[] {
    return this.series.entries().map(({ labels, value }) => ({ labels, value: value.n }));
  }
}

/** A count that only goes up (`*_total`); it starts at 0 again only when the process does. */
export class Counter<L extends string = never> extends NumberFamily<L> {
  readonly type = 'counter';

  inc(labels: Partial<Record<L, string>> = {}, by = 1): void {
    if (!(by >= 0) || !Number.isFinite(by)) throw new Error(`counter ${this.name} cannot grow by ${by}`);
    this.series.get(labels).n += by;
  }
}

/**
 * A value that goes up and down. With `collect`, it is read when the exposition is written
 * (rooms open, memory), so nothing has to keep it up to date.
 */
export class Gauge<L extends string = never> extends NumberFamily<L> {
  readonly type = 'gauge';
  private readonly collect: ((gauge: Gauge<L>) => void) | null;

  constructor(options: FamilyOptions<L> & { collect?: (g: Gauge<L>) => void }) {
    super(options);
    this.collect = options.collect ?? null;
  }

  set(labels: Partial<Record<L, string>>, value: number): void {
    this.series.get(labels).n = value;
  }

  inc(labels: Partial<Record<L, string>> = {}, by = 1): void {
    this.series.get(labels).n += by;
  }

  dec(labels: Partial<Record<L, string>> = {}, by = 1): void {
    this.series.get(labels).n -= by;
  }

  override samples(): Sample[] {
    this.collect?.(this);
    return super.samples();
  }
}

interface HistogramSeries {
  /** Observations per bucket, not cumulative (the last one is above every bound: +Inf's own). */
  counts: number[];
  sum: number;
  count: number;
}

/** Bucket bounds as given, if they are finite and increasing. */
function checkBuckets(name: string, buckets: readonly number[]): readonly number[] {
  if (buckets.length === 0) throw new Error(`histogram ${name} needs at least one bucket`);
  buckets.forEach((b, i) => {
    if (!Number.isFinite(b) || (i > 0 && b <= (buckets[i - 1] as number))) {
      throw new Error(`histogram ${name}: buckets must be finite and increasing`);
    }
  });
  return [...buckets];
}

/**
 * Observations counted into buckets by upper bound (`le`): each `_bucket` line counts every
 * observation at or below its bound, so the counts grow with `le` and `+Inf` equals `_count`.
 */
export class Histogram<L extends string = never> extends LabelledFamily<L, HistogramSeries> {
  readonly type = 'histogram';
  readonly buckets: readonly number[];

  constructor(options: FamilyOptions<L> & { buckets: readonly number[] }) {
    const buckets = checkBuckets(options.name, options.buckets);
    super(options, () => ({ counts: new Array<number>(buckets.length + 1).fill(0), sum: 0, count: 0 }), 'le');
    this.buckets = buckets;
  }

  observe(value: number, labels: Partial<Record<L, string>> = {}): void {
    if (Number.isNaN(value)) return;
    const s = this.series.get(labels);
    let i = 0;
    while (i < this.buckets.length && value > (this.buckets[i] as number)) i++;
    s.counts[i] = (s.counts[i] as number) + 1;
    s.sum += value;
    s.count++;
  }

  samples(): Sample[] {
    const out: Sample[] = [];
    for (const { labels, value } of this.series.entries()) {
      let cumulative = 0;
      this.buckets.forEach((bound, i) => {
        cumulative += value.counts[i] as number;
        out.push({ suffix: '_bucket', labels: { ...labels, le: formatValue(bound) }, value: cumulative });
      });
      out.push({ suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: value.count });
      out.push({ suffix: '_sum', labels, value: value.sum });
      out.push({ suffix: '_count', labels, value: value.count });
    }
    return out;
  }
}

/** What a summary reads when the exposition is written: quantiles of a window, totals since start. */
export interface SummarySnapshot {
  quantiles: readonly (readonly [quantile: number, value: number])[];
  sum: number;
  count: number;
}

/**
 * Quantiles computed elsewhere (the event loop's delay, from Node's own histogram), with the
 * `_sum` and `_count` since the process started.
 */
export class Summary implements MetricFamily {
  readonly type = 'summary';

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => SummarySnapshot,
  ) {
    checkName(name);
  }

  samples(): Sample[] {
    const { quantiles, sum, count } = this.read();
    return [
      ...quantiles.map(([q, value]) => ({ labels: { quantile: formatValue(q) }, value })),
      { suffix: '_sum' as const, value: sum },
      { suffix: '_count' as const, value: count },
    ];
  }
}
