import { diffArrays } from 'diff';
import JSZip from 'jszip';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { trackedXml } from '../export/fields.ts';
import type { RevisionAuthor } from './merge.ts';
import { nextChange } from './revisions.ts';

/**
 * What the title block and the signatures print comes from the metadata (numbers, date,
 * signatories, subject), not from the body: the redline is built twice, with the newer and the
 * older metadata, and each paragraph that differs between the two files becomes the older runs
 * deleted and the newer inserted, credited to whoever changed the metadata it prints.
 */
export async function trackMetaChanges(
  newer: Buffer,
  older: Buffer,
  changed: { key: string; before: string; after: string; by: RevisionAuthor }[],
): Promise<Buffer> {
  if (!changed.length) return newer;
  const zip = await JSZip.loadAsync(newer);
  const a = await (await JSZip.loadAsync(older)).file('word/document.xml')?.async('string');
  const b = await zip.file('word/document.xml')?.async('string');
  if (a === undefined || b === undefined) return newer;
  const olds = [...a.matchAll(PARAGRAPH)].map((m) => m[0]);
  const news = [...b.matchAll(PARAGRAPH)].map((m) => m[0]);
  if (!news.length) return newer;
  const by = (old: string, now: string) => authorFor(textOf(old), textOf(now), changed);
  // Paragraphs are aligned first: metadata may add or remove one (a NIP line that an elected
  // official's signature has not), which is then inserted or deleted whole.
  const out = news.slice();
  const ahead: string[][] = news.map(() => []);
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  // A removed paragraph goes after the one before it (the signature name above a NIP line, in
  // the same table cell), or before the first.
  const flush = () => {
    const gone = removed.map((old) => wholeParagraph(old, 'del', by(old, '')));
    if (j > 0) out[j - 1] += gone.join('');
    else ahead[0]!.push(...gone);
    removed = [];
  };
  for (const part of diffArrays(olds.map(comparable), news.map(comparable))) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...olds.slice(i, i + n));
      i += n;
    } else if (part.added) {
      for (let t = 0; t < n; t++) {
        const now = news[j + t]!; // the diff counts n added items from j
        const old = removed.shift();
        out[j + t] =
          old === undefined ? wholeParagraph(now, 'ins', by('', now)) : tracked(old, now, by(old, now));
      }
      j += n;
      flush();
    } else {
      flush();
      i += n;
      j += n;
    }
  }
  flush();
  let k = 0;
  zip.file(
    'word/document.xml',
    b.replace(PARAGRAPH, () => {
      // PARAGRAPH finds b's paragraphs again, the same ones as news and in the same order.
      const at = k++;
      return ahead[at]!.join('') + out[at]!;
    }),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const PARAGRAPH = /<w:p\b(?:[^>]*[^/])?>[\s\S]*?<\/w:p>/g;
const RUN = /<w:r\b(?:[^>]*[^/])?>[\s\S]*?<\/w:r>/g;

/** A paragraph without what differs from build to build (change, bookmark and drawing ids). */
const comparable = (p: string) => p.replace(/\s(?:w:id|id)="\d+"/g, '');

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .toLowerCase();

/** A run that holds only text (no drawing, field or tracked change): what can be struck through. */
const plainRun = (run: string) => !/<w:(?:drawing|fldChar|instrText|pict|object)\b/.test(run);

/** The newer paragraph with its differing runs as the older ones deleted and the newer inserted. */
function tracked(old: string, now: string, by: RevisionAuthor): string {
  const oldRuns = [...old.matchAll(RUN)].map((m) => m[0]);
  const newRuns = [...now.matchAll(RUN)].map((m) => m[0]);
  if (!oldRuns.every(plainRun) || !newRuns.every(plainRun) || /<w:(?:ins|del)\b/.test(now)) return now;
  const del = (runs: string[]) =>
    runs.length
      ? trackedXml(
          'del',
          nextChange(by),
          runs
            .join('')
            .replace(/<w:t\b/g, '<w:delText')
            .replace(/<\/w:t>/g, '</w:delText>'),
        )
      : '';
  const ins = (runs: string[]) => (runs.length ? trackedXml('ins', nextChange(by), runs.join('')) : '');
  let replaced: string[];
  if (oldRuns.length === newRuns.length) {
    replaced = newRuns.map((run, i) =>
      comparable(run) === comparable(oldRuns[i]!) ? run : del([oldRuns[i]!]) + ins([run]),
    );
  } else {
    replaced = [del(oldRuns) + ins(newRuns), ...newRuns.slice(1).map(() => '')];
    if (!newRuns.length) return now.replace(/<\/w:p>$/, `${del(oldRuns)}</w:p>`);
  }
  // One replacement for each of now's runs (newRuns), in order.
  let i = 0;
  return now.replace(RUN, () => replaced[i++]!);
}

/**
 * A paragraph inserted or deleted whole: its runs and its paragraph mark tracked, so that
 * rejecting the insertion (or accepting the deletion) removes the paragraph itself.
 */
function wholeParagraph(p: string, kind: 'ins' | 'del', by: RevisionAuthor): string {
  const runs = [...p.matchAll(RUN)].map((m) => m[0]);
  if (!runs.every(plainRun)) return kind === 'ins' ? p : '';
  const mark = trackedXml(kind, nextChange(by), '').replace(/><\/w:(?:ins|del)>$/, '/>');
  const withMark = /<w:pPr>/.test(p)
    ? /<w:rPr>[\s\S]*?<\/w:rPr>\s*<\/w:pPr>/.test(p)
      ? p.replace(/<\/w:rPr>(\s*<\/w:pPr>)/, `${mark}</w:rPr>$1`)
      : p.replace('</w:pPr>', `<w:rPr>${mark}</w:rPr></w:pPr>`)
    : p.replace(/^(<w:p\b[^>]*>)/, `$1<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`);
  let first = true;
  return withMark.replace(RUN, () => {
    if (!first) return '';
    first = false;
    const all = runs.join('');
    return trackedXml(
      kind,
      nextChange(by),
      kind === 'del' ? all.replace(/<w:t\b/g, '<w:delText').replace(/<\/w:t>/g, '</w:delText>') : all,
    );
  });
}

/** Whoever changed the metadata whose value the paragraph prints; else the latest change. */
function authorFor(
  old: string,
  now: string,
  changed: { before: string; after: string; by: RevisionAuthor }[],
): RevisionAuthor {
  const shows = (text: string, value: string) => {
    const v = value.trim().toLowerCase();
    return v.length > 0 && text.includes(v);
  };
  const found = changed.find((c) => shows(now, c.after) || shows(old, c.before));
  const author = found ?? [...changed].sort((x, y) => x.by.date.localeCompare(y.by.date)).at(-1);
  // trackMetaChanges returns before any paragraph is compared when nothing changed.
  if (!author) throw new Error('authorFor: no metadata change to credit');
  return author.by;
}

/** The metadata keys whose values differ between two versions. */
export function changedMeta(before: DocumentMeta, after: DocumentMeta): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => (before[k] ?? '') !== (after[k] ?? '')).sort();
}
