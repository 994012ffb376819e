// Renders a .docx through LibreOffice to PDF, then to PNG pages (60 dpi), to look at an export.
// Usage: scripts/render-docx.sh in.docx outdir   -> outdir/<name>.pdf, outdir/<name>-N.png
import { renderDocx } from '../server/word/pdfText.ts';

const [file, outDir, ...rest] = process.argv.slice(2);
if (!file || !outDir || rest.length > 0) {
  console.error('usage: scripts/render-docx.sh in.docx outdir');
  process.exit(2);
}
for (const path of renderDocx(file, outDir)) console.log(path);
