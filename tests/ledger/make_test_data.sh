#!/usr/bin/env bash
# Regenerates the spreadsheets in tests/ledger/data with LibreOffice, from
# the project's own template and exported example (and from the hand-written
# merged-header.fods). The results are committed: the tests read files that
# another program wrote, and do not need LibreOffice to run.
#   needs: apt-get install libreoffice-calc-nogui fonts-noto-cjk
#   usage: tests/ledger/make_test_data.sh build/release/bindings/cli/liaison
set -euo pipefail
liaison=$(realpath "$1")
cd "$(dirname "$0")/data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv_filter() {  # LibreOffice's CSV filter: comma, double quote, charset $1, every sheet
  echo "csv:Text - txt - csv (StarCalc):44,34,$1,1,,0,false,true,false,false,false,-1"
}
"$liaison" ledger template --policy hunan --year 2026 -o "$work/template.xlsx"
"$liaison" ledger export --policy hunan ../../../examples/department.json -o "$work/department.xlsx"
soffice() { timeout 300 libreoffice --headless "$@" >/dev/null 2>&1; }
mkdir -p "$work/lo"
soffice --convert-to xlsx --outdir "$work/lo" "$work/template.xlsx" "$work/department.xlsx"
cp "$work/lo/template.xlsx" lo-template.xlsx
cp "$work/lo/department.xlsx" lo-department.xlsx
soffice --convert-to xlsx --outdir . merged-header.fods
for charset in 76:lo-csv-utf8 85:lo-csv-gb18030; do
  directory=${charset#*:}
  rm -rf "$directory" && mkdir "$directory"
  (cd "$directory" && cp "$work/department.xlsx" . &&
   soffice --convert-to "$(csv_filter "${charset%%:*}")" department.xlsx && rm department.xlsx)
done
# LibreOffice's filter writes no byte-order mark; Excel's "CSV UTF-8" does.
rm -rf lo-csv-bom && cp -r lo-csv-utf8 lo-csv-bom
for file in lo-csv-bom/*.csv; do printf '\xEF\xBB\xBF' | cat - "$file" > "$file.tmp" && mv "$file.tmp" "$file"; done
