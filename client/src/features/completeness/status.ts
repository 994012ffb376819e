import type { CompletenessItem, SectionKey } from '../../../../shared/completeness.ts';

/** How an item of the checklist stands, as the panel shows it (icon and words, never colour alone). */
export type ItemStatus = 'present' | 'missing' | 'recommended' | 'annex' | 'flag' | 'flagFound';

/** The status of one checklist item. A flag is a question to ask, whether or not the text mentions it. */
export function itemStatus(item: CompletenessItem): ItemStatus {
  if (item.level === 'flag') return item.present ? 'flagFound' : 'flag';
  if (item.present) return 'present';
  if (item.level === 'required') return 'missing';
  return item.level === 'annex' ? 'annex' : 'recommended';
}

/** The glyph beside each status. */
export const STATUS_ICON: Record<ItemStatus, string> = {
  present: '✓',
  missing: '✕',
  recommended: '○',
  annex: '○',
  flag: '?',
  flagFound: '?',
};

const ORDER: Record<ItemStatus, number> = {
  missing: 0,
  recommended: 1,
  annex: 2,
  flagFound: 3,
  flag: 4,
  present: 5,
};

/** Items needing attention first (missing required, then recommended, annex, flags); checklist order within. */
export function attentionFirst(items: CompletenessItem[]): {
  open: CompletenessItem[];
  present: CompletenessItem[];
} {
  const ranked = items
    .map((item, index) => ({ item, index, status: itemStatus(item) }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.index - b.index);
  return {
    open: ranked.filter((r) => r.status !== 'present').map((r) => r.item),
    present: ranked.filter((r) => r.status === 'present').map((r) => r.item),
  };
}

/** Where an item is filled in when no clause holds it. */
export type ItemPlace = 'info' | 'preamble' | 'closing' | 'clause';

/** Sections read from the metadata form, the opening or the closing rather than from a Pasal. */
const PLACE: Partial<Record<SectionKey, ItemPlace>> = {
  title: 'info',
  signing: 'info',
  signatory: 'info',
  parties: 'preamble',
  recitals: 'preamble',
  closing: 'closing',
  // Leftover blanks outside any Pasal are mostly in the komparisi.
  placeholders: 'preamble',
};

/** Where to take the user for an item. */
export const itemPlace = (item: CompletenessItem): ItemPlace => PLACE[item.key] ?? 'clause';

/** The metadata field to focus for an item filled in on the Info tab. */
export const INFO_FIELD: Partial<Record<SectionKey, string>> = {
  title: 'title',
  signing: 'place',
  signatory: 'signatoryName.',
};
