#!/usr/bin/env bash
# Renders a .docx through LibreOffice to PDF, then to PNG pages (60 dpi), to look at an export:
# scripts/render-docx.ts does the work, with the render tests' helper (server/word/pdfText.ts).
# Usage: scripts/render-docx.sh in.docx outdir   -> outdir/<name>.pdf, outdir/<name>-N.png
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec "$root/node_modules/.bin/tsx" "$root/scripts/render-docx.ts" "$@"
