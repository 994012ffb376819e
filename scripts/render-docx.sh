#!/usr/bin/env bash
# Renders a .docx through LibreOffice to PDF, then to PNG pages (60 dpi), to look at an export.
# Usage: scripts/render-docx.sh in.docx outdir   -> outdir/<name>.pdf, outdir/<name>-N.png
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 in.docx outdir" >&2
  exit 2
fi
in=$1
out=$2
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A fresh profile per run: parallel soffice runs sharing one profile block each other.
soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out" "$in" >/dev/null
name=$(basename "${in%.*}")
pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
ls "$out/$name".pdf "$out/$name"-*.png
