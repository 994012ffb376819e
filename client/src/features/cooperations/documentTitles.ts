import type { DocumentSummaryDTO } from '../../../../shared/api/cooperations.ts';

type Listed = Pick<DocumentSummaryDTO, 'id' | 'kind' | 'title'>;

const KIND_WORD: Record<string, string> = { mou: 'MoU', pks: 'PKS', notes: 'Notula' };
const key = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Each document's title as lists, pickers and breadcrumbs show it: the title itself, or, where
 * two documents of the cooperation share it, the title with what tells them apart — the kind
 * ("(MoU)", "(PKS)") when their kinds differ, and a number in the cooperation's order (the
 * API lists by kind, then creation) for documents of one kind: "(PKS 2)", "(2)".
 */
export function distinctTitles(documents: readonly Listed[]): Map<string, string> {
  const byTitle = new Map<string, Listed[]>();
  for (const d of documents) byTitle.set(key(d.title), [...(byTitle.get(key(d.title)) ?? []), d]);
  const out = new Map<string, string>();
  for (const group of byTitle.values()) {
    const kinds = new Set(group.map((d) => d.kind));
    for (const d of group) {
      const sameKind = group.filter((g) => g.kind === d.kind);
      const n = sameKind.length > 1 ? String(sameKind.indexOf(d) + 1) : '';
      const kind = kinds.size > 1 ? (KIND_WORD[d.kind] ?? d.kind) : '';
      const detail = [kind, n].filter(Boolean).join(' ');
      out.set(d.id, detail ? `${d.title.trim()} (${detail})` : d.title);
    }
  }
  return out;
}

/** One document's title as {@link distinctTitles} shows it among the cooperation's documents. */
export function distinctTitle(documents: readonly Listed[], document: Listed): string {
  return distinctTitles(documents).get(document.id) ?? document.title;
}
