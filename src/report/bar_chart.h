// BarChart: a horizontal stacked bar chart written as inline SVG.
//
// Each bar has a label above it, one value per series stacked left to right
// (each series in its own colour, the legend below the chart), and an
// optional limit drawn as a dashed line across the bar with its label to the
// right: the rules of a department (met, on pace, behind, overdue) and the
// grades against their caps (count, cap) are both such charts. The chart is
// the report's own code: no script, no font, no file. A series may take
// another colour of the palette than its place gives it: the grades above a
// cap are drawn in the overdue red.
//
//   BarChart chart{"优 良 中 差", {"人数"}, {}};
//   chart.bars.push_back({"优", {2}, 2, "上限 2"});
//   WriteBarChart(chart, html);
#ifndef LIAISON_SRC_REPORT_BAR_CHART_H_
#define LIAISON_SRC_REPORT_BAR_CHART_H_

#include <optional>
#include <string>
#include <vector>

#include "report/html_writer.h"

namespace liaison::report {

struct Bar {
  std::string label;
  std::vector<int> values;   // one per series, in the chart's series order
  std::optional<int> limit;  // a line at this value (a cap)
  std::string limit_label;   // written beside the bar ("上限 2")
};

struct BarChart {
  std::string title;                // the figure's accessible name
  std::vector<std::string> series;  // legend labels, at most 4
  std::vector<Bar> bars;
  // Per series, its colour's place in the palette (green, blue, amber, red);
  // empty: the series' own place.
  std::vector<std::size_t> colours = {};
};

// Writes `chart` as a <figure> holding the <svg> and its legend. Segments
// wide enough show their value; every value is in the legend's totals too.
void WriteBarChart(const BarChart& chart, HtmlWriter& html);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_BAR_CHART_H_
