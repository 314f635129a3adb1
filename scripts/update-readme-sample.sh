#!/usr/bin/env bash
# Regenerates the README's sample brief: docs/sample/ gets the Markdown and a PNG of the PDF page.
# Needs poppler-utils (pdftoppm). Run from the repository root after `make brief` has set up .venv.
set -euo pipefail
out=$(mktemp -d)
.venv/bin/briefgen -q brief seeds/kursk_north_korean_troops.txt --out "$out" --date 2024-11-01
mkdir -p docs/sample
cp "$out/kursk-north-korean-troops.md" docs/sample/
pdftoppm -png -r 80 -singlefile "$out/kursk-north-korean-troops.pdf" docs/sample/kursk-north-korean-troops
# The daily digest's cover page: the seeds plus the story-grouping test articles (several outlets per story).
.venv/bin/briefgen -q daily seeds tests/data/stories --out "$out/library" --date 2024-11-01 --format md,pdf,html,epub
# The HTML library (home page searching, a story at phone width) and the EPUB's first pages, in Chromium.
.venv/bin/python scripts/screenshot_library.py "$out/library" 2024-11-01 docs/sample
pdftoppm -png -r 60 -f 1 -l 2 "$out/library/2024-11-01/daily-brief.pdf" "$out/daily"
cp "$out/daily-01.png" docs/sample/daily-cover.png
cp "$out/daily-02.png" docs/sample/daily-story.png
rm -rf "$out"
echo "docs/sample/ updated"
# Splice the Markdown into the README between its sample markers, so the README shows real output.
python3 - <<'PY'
import re
readme = open("README.md", encoding="utf-8").read()
sample = open("docs/sample/kursk-north-korean-troops.md", encoding="utf-8").read()
block = "<!-- sample:start -->\n````markdown\n" + sample + "````\n<!-- sample:end -->"
readme = re.sub(r"<!-- sample:start -->.*?<!-- sample:end -->", lambda m: block, readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(readme)
PY
