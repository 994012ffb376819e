/**
 * Page and type settings of an exported agreement, in one place. Defaults follow Indonesian
 * government practice (docs/DOMAIN.md "What the Word export prints"): F4 paper, Bookman Old
 * Style 12 pt, 1.5 line spacing, margins top 2, bottom 2.5, left 3, right 2 cm.
 */

export type PaperName = 'f4' | 'a4';
export type FontName = 'bookman' | 'arial';

export interface ExportLayoutOptions {
  paper?: PaperName;
  /** 'bookman' | 'arial', or any font family name. */
  font?: FontName | string;
  /** Margins in centimetres. */
  margins?: Partial<Margins>;
  /** Line spacing as a multiple of single spacing (1.5 by default). */
  lineSpacing?: number;
  /** Body font size in points (12 by default). */
  fontSize?: number;
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Paper sizes in millimetres, portrait. F4 is the Indonesian folio (215 × 330 mm). */
export const PAPER_MM: Record<PaperName, { width: number; height: number }> = {
  f4: { width: 215, height: 330 },
  a4: { width: 210, height: 297 },
};

export const FONT_FAMILY: Record<FontName, string> = {
  bookman: 'Bookman Old Style',
  arial: 'Arial',
};

export const DEFAULT_MARGINS_CM: Margins = { top: 2, bottom: 2.5, left: 3, right: 2 };

/** Twentieths of a point, the unit of most WordprocessingML lengths. */
export const twipsFromMm = (mm: number) => Math.round((mm * 1440) / 25.4);
export const twipsFromCm = (cm: number) => twipsFromMm(cm * 10);

/** Resolved layout in the units the docx library takes. */
export interface Layout {
  paper: PaperName;
  font: string;
  /** Half-points. */
  size: number;
  /** `w:spacing/@w:line` for lineRule auto (240 = single). */
  line: number;
  page: { width: number; height: number };
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Width available to text, in twips. */
  textWidth: number;
}

/** Turns user options (or none) into the layout used by every builder. */
export function resolveLayout(options: ExportLayoutOptions = {}): Layout {
  const paper: PaperName = options.paper === 'a4' ? 'a4' : 'f4';
  const fontKey = options.font ?? 'bookman';
  const font = FONT_FAMILY[fontKey as FontName] ?? fontKey;
  const m = { ...DEFAULT_MARGINS_CM, ...definedOnly(options.margins ?? {}) };
  const mm = PAPER_MM[paper];
  const page = { width: twipsFromMm(mm.width), height: twipsFromMm(mm.height) };
  const margin = {
    top: twipsFromCm(m.top),
    bottom: twipsFromCm(m.bottom),
    left: twipsFromCm(m.left),
    right: twipsFromCm(m.right),
    // Header and footer sit 1 cm from the edge, inside the 2 / 2.5 cm margins.
    header: twipsFromCm(1),
    footer: twipsFromCm(0.8),
  };
  return {
    paper,
    font,
    size: Math.round((options.fontSize ?? 12) * 2),
    line: Math.round(240 * (options.lineSpacing ?? 1.5)),
    page,
    margin,
    textWidth: page.width - margin.left - margin.right,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => typeof v === 'number' && v >= 0),
  ) as Partial<T>;
}
