import { z } from 'zod';
import { exportQuerySchema } from './docx.ts';

/**
 * `GET /api/documents/:masterId/variants/export.zip?mode=draft|final`: every variant of a
 * master PKS as its signed-ready .docx in one .zip. `draft` (the default) takes every variant as
 * it is now; `final` only the final and signed ones. Paper and font as for one document.
 */
export const variantExportQuerySchema = exportQuerySchema.extend({
  mode: z.enum(['draft', 'final']).default('draft'),
});
export type VariantExportQuery = z.input<typeof variantExportQuerySchema>;
export type VariantExportMode = z.infer<typeof variantExportQuerySchema>['mode'];

/** The media type that asks the batch export for its progress as it goes (one JSON object a line). */
export const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

/**
 * A line of the batch export's progress (asked for with `Accept: application/x-ndjson`): how many
 * of the variants' files are built and the last one's unit; then the .zip itself (base64) with
 * its file name, or the error that stopped it.
 */
export const variantExportLineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    done: z.number().int(),
    total: z.number().int(),
    unit: z.string(),
  }),
  z.object({ type: z.literal('file'), name: z.string(), base64: z.string() }),
  z.object({
    type: z.literal('error'),
    status: z.number().int(),
    error: z.object({ id: z.string(), message: z.string(), messageEn: z.string() }),
  }),
]);
export type VariantExportLine = z.infer<typeof variantExportLineSchema>;

/**
 * The name of one variant's file in the .zip: `PKS-<unit short name>-<number or 'draft'>.docx`,
 * each part kept to letters, digits, dots and dashes ("100.3.7/01/2025" → "100.3.7-01-2025").
 */
export function variantFileName(unitShortName: string, number: string | null): string {
  return `PKS-${safePart(unitShortName) || 'OPD'}-${(number && safePart(number)) || 'draft'}.docx`;
}

const safePart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);

/** The names made unique in order: a second "PKS-Dinkes-draft.docx" becomes "PKS-Dinkes-draft-2.docx". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : name.replace(/\.docx$/, `-${n}.docx`);
  });
}
