// The report's style sheet, written inline into its <head>: screen layout,
// and for print A4 portrait pages with each summary part and each cadre's
// sheet starting a page of its own. System fonts only (no web font: the file
// is read without network).
#ifndef LIAISON_SRC_REPORT_REPORT_STYLE_H_
#define LIAISON_SRC_REPORT_REPORT_STYLE_H_

#include <string_view>

namespace liaison::report {

std::string_view ReportStyle();

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_REPORT_STYLE_H_
