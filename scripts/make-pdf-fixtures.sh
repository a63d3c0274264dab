#!/usr/bin/env bash
# Regenerates test/fixtures/pdf/ (not part of the test run; the fixtures are committed text).
# Needs Debian's LibreOffice Writer, poppler-utils and a CJK font:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-wqy-zenhei
# Each report's .docx (test/fixtures/word/) is printed to PDF by LibreOffice, and the PDF's text taken
# out the two ways a copy from a PDF viewer gives it: in the page's layout, and in reading order.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
for name in caizheng-2025 guanweihui-2019 guozi-2023 jingfa-2022 nongye-2024; do
  soffice --headless --convert-to pdf "test/fixtures/word/$name.docx" --outdir "$tmp" >/dev/null
  pdftotext -layout "$tmp/$name.pdf" "test/fixtures/pdf/$name.layout.txt"
  pdftotext "$tmp/$name.pdf" "test/fixtures/pdf/$name.raw.txt"
done
rm -rf "$tmp"
