#include "report/bar_chart.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace liaison::report {
namespace {

// Green, blue, amber, red: met, on pace, behind, overdue (and a grade count).
constexpr std::array<std::string_view, 4> kColours = {"#2e7d32", "#1565c0", "#ef8f00", "#c62828"};
constexpr int kWidth = 680;     // the drawing, in CSS pixels
constexpr int kBarsWidth = 560; // the bars; the rest holds the limit labels
constexpr int kRow = 34;        // label line and bar
constexpr int kBarHeight = 14;

std::string_view Colour(const BarChart& chart, std::size_t series) {
  return kColours[series < chart.colours.size() ? chart.colours[series] : series];
}

int Scale(const BarChart& chart) {
  int most = 1;
  for (const Bar& bar : chart.bars) {
    most = std::max(most, std::accumulate(bar.values.begin(), bar.values.end(), 0));
    if (bar.limit) most = std::max(most, *bar.limit);
  }
  return most;
}

void WriteBar(const BarChart& chart, const Bar& bar, int y, int scale, HtmlWriter& html) {
  html.Element("text", bar.label, {{"x", "0"}, {"y", std::to_string(y + 12)}, {"class", "bl"}});
  const int top = y + 16;
  int x = 0;
  for (std::size_t s = 0; s < bar.values.size() && s < kColours.size(); ++s) {
    const int width = bar.values[s] * kBarsWidth / scale;
    if (width > 0) {
      html.Empty("rect", {{"x", std::to_string(x)}, {"y", std::to_string(top)},
                          {"width", std::to_string(width)}, {"height", std::to_string(kBarHeight)},
                          {"fill", Colour(chart, s)}});
    }
    if (width >= 16) {
      html.Element("text", std::to_string(bar.values[s]),
                   {{"x", std::to_string(x + width / 2)}, {"y", std::to_string(top + 11)},
                    {"class", "bv"}});
    }
    x += width;
  }
  if (!bar.limit) return;
  const std::string at = std::to_string(*bar.limit * kBarsWidth / scale);
  html.Empty("line", {{"x1", at}, {"x2", at}, {"y1", std::to_string(top - 3)},
                      {"y2", std::to_string(top + kBarHeight + 3)}, {"class", "cap"}});
  html.Element("text", bar.limit_label,
               {{"x", std::to_string(kBarsWidth + 8)}, {"y", std::to_string(top + 11)},
                {"class", "bl"}});
}

void WriteLegend(const BarChart& chart, HtmlWriter& html) {
  html.Open("figcaption");
  for (std::size_t s = 0; s < chart.series.size() && s < kColours.size(); ++s) {
    int total = 0;
    for (const Bar& bar : chart.bars) total += s < bar.values.size() ? bar.values[s] : 0;
    html.Open("span", {{"class", "key"}});
    html.Open("span",
              {{"class", "swatch"}, {"style", "background:" + std::string(Colour(chart, s))}});
    html.Close("span");
    html.Text(chart.series[s]);
    html.Text(" ");
    html.Number(total);
    html.Close("span");
  }
  html.Close("figcaption");
}

}  // namespace

void WriteBarChart(const BarChart& chart, HtmlWriter& html) {
  const int scale = Scale(chart);
  const int height = static_cast<int>(chart.bars.size()) * kRow + 4;
  html.Open("figure", {{"class", "chart"}});
  html.Open("svg", {{"role", "img"},
                    {"aria-label", chart.title},
                    {"viewBox", "0 0 " + std::to_string(kWidth) + " " + std::to_string(height)},
                    {"width", std::to_string(kWidth)}, {"height", std::to_string(height)}});
  html.Element("title", chart.title);
  int y = 0;
  for (const Bar& bar : chart.bars) {
    WriteBar(chart, bar, y, scale, html);
    y += kRow;
  }
  html.Close("svg");
  WriteLegend(chart, html);
  html.Close("figure");
}

}  // namespace liaison::report
