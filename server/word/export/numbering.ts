import { AlignmentType, LevelFormat } from 'docx';

/**
 * Word numbering of ayat, letter and bullet lists. Every list in the document gets its own
 * numbering instance, so "(1)" restarts in every Pasal and "a." in every list: separate
 * paragraphs of one reference would otherwise count on from each other (docx #3037, #2877).
 */

export const LIST = { ayat: 'ayat', letter: 'letter', bullet: 'bullet' } as const;
export type ListKind = (typeof LIST)[keyof typeof LIST];

/** Width of the number column (hanging indent), in twips, per list kind. */
export const MARKER_WIDTH: Record<ListKind, number> = {
  // "(10)" must fit: 1.25 cm.
  ayat: 709,
  // "a." / "aa.": 0.8 cm.
  letter: 454,
  bullet: 360,
};

const level = (kind: ListKind, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: MARKER_WIDTH[kind], hanging: MARKER_WIDTH[kind] } } },
});

/** The `numbering.config` of an exported agreement. */
export const numberingConfig = () => [
  { reference: LIST.ayat, levels: [level(LIST.ayat, LevelFormat.DECIMAL, '(%1)')] },
  { reference: LIST.letter, levels: [level(LIST.letter, LevelFormat.LOWER_LETTER, '%1.')] },
  { reference: LIST.bullet, levels: [level(LIST.bullet, LevelFormat.BULLET, '\u2022')] },
];

/** Hands out a fresh numbering instance per list, one counter per list kind. */
export class ListInstances {
  private readonly next: Record<ListKind, number> = { ayat: 0, letter: 0, bullet: 0 };

  /** A new instance number of `kind`: the list that uses it counts from 1. */
  open(kind: ListKind): number {
    this.next[kind] += 1;
    return this.next[kind];
  }
}
