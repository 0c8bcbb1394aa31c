#include "report/report_style.h"

namespace liaison::report {

std::string_view ReportStyle() {
  return R"(@page { size: A4 portrait; margin: 14mm 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
  sans-serif; font-size: 10pt; color: #222; max-width: 186mm; margin: 8mm auto; }
h1 { font-size: 17pt; margin: 0 0 6px; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; margin: 10px 0 6px; }
h3 { font-size: 10.5pt; margin: 8px 0 2px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th, td { border: 1px solid #bbb; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #eee; }
td.num { text-align: right; }
th, td.num, td.tight { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tr.advisory { color: #666; }
figure.chart { margin: 2px 0 8px; }
svg { max-width: 100%; height: auto; display: block; }
svg text.bl { font-size: 12px; fill: #222; }
svg text.bv { font-size: 10px; fill: #fff; text-anchor: middle; }
svg line.cap { stroke: #000; stroke-width: 2; stroke-dasharray: 4 2; }
figcaption { font-size: 8.5pt; }
figcaption .key { margin-right: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
ul.caps { font-size: 8.5pt; margin: 0 0 6px; }
.alarm { color: #c62828; }
td.alarm p { margin: 2px 0 0; }
section.review li { margin-bottom: 2px; }
section.grades, section.cadres, section.review, section.errors, section.sheet {
  break-before: page; }
.signatures { display: flex; justify-content: space-between; margin-top: 20px; }
.signatures span { width: 45%; border-top: 1px solid #333; padding-top: 4px; }
@media screen {
  section.grades, section.cadres, section.review, section.errors, section.sheet {
    border-top: 3px double #999; margin-top: 24px; padding-top: 6px; }
}
)";
}

}  // namespace liaison::report
