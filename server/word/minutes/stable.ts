import JSZip from 'jszip';

/** W3CDTF as core.xml writes it, to the second ("2020-03-10T05:00:00Z"). */
const w3c = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/**
 * Makes a .docx depend only on what it prints: the package's created and modified times (the
 * docx library writes the time of the build) become `at`, and every zip entry carries `at` as
 * its date instead of the time it was zipped. The entries keep their order and compression, so
 * the same record gives the same bytes on every download.
 */
export async function stableDocx(file: Uint8Array, at: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${w3c(at)}$3`,
    );
    zip.file('docProps/core.xml', xml);
  }
  for (const entry of Object.values(zip.files)) entry.date = at;
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
