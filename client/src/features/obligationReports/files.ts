/**
 * What the report form says of chosen files before sending: the server reads each file's type
 * from its bytes and holds the limits, so this is a hint that spares a refused upload, not the
 * check itself.
 */

const ACCEPTED = /\.(pdf|png|jpe?g|docx)$/i;

/** The file input's `accept`: the kinds the server takes. */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,application/pdf,image/png,image/jpeg';

export type FileProblem = { kind: 'type' | 'size'; name: string } | { kind: 'count' };

/** The problems of `files` against the limits: a kind not accepted, a file too big, too many. */
export function fileProblems(
  files: readonly { name: string; size: number }[],
  limits: { fileBytes: number; files: number },
): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const f of files) {
    if (!ACCEPTED.test(f.name)) problems.push({ kind: 'type', name: f.name });
    else if (f.size > limits.fileBytes) problems.push({ kind: 'size', name: f.name });
  }
  if (files.length > limits.files) problems.push({ kind: 'count' });
  return problems;
}

/** A size as people read it: "850 KB", "2,4 MB" (in the language's decimals). */
export function sizeText(bytes: number, language: 'id' | 'en'): string {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString(locale)} KB`;
  return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString(locale)} MB`;
}
