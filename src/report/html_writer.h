// HtmlWriter: HTML (and inline SVG) appended to a string, every text escaped.
//
// Element and attribute names are the report's own constants; everything
// else, attribute values and text, goes through Escape, so a cadre named
// "<script>" is shown, never run.
//
//   std::string out;
//   HtmlWriter html(out);
//   html.Open("td", {{"class", "num"}});
//   html.Text(cadre.name);
//   html.Close("td");
#ifndef LIAISON_SRC_REPORT_HTML_WRITER_H_
#define LIAISON_SRC_REPORT_HTML_WRITER_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace liaison::report {

// Appends `text` to `out` with &, <, >, " and ' escaped.
void AppendEscaped(std::string_view text, std::string& out);

struct Attribute {
  std::string_view name;
  std::string_view value;
};

class HtmlWriter {
 public:
  explicit HtmlWriter(std::string& out) : out_(out) {}

  // <tag name="value" …>
  void Open(std::string_view tag, std::initializer_list<Attribute> attributes = {});
  // <tag name="value" …/>: SVG shapes and HTML void elements (meta) only; an
  // HTML <span/> would stay open.
  void Empty(std::string_view tag, std::initializer_list<Attribute> attributes);
  void Close(std::string_view tag);
  void Text(std::string_view text) { AppendEscaped(text, out_); }
  void Number(std::int64_t number) { out_ += std::to_string(number); }
  // Open, Text, Close.
  void Element(std::string_view tag, std::string_view text,
               std::initializer_list<Attribute> attributes = {});
  // <section class="…"><h2>heading</h2>, closed by Close("section").
  void OpenSection(std::string_view css_class, std::string_view heading);
  // <table><thead><tr><th>…</th>…</tr></thead><tbody>: a table's head, its
  // body left open for rows; CloseTable ends both.
  void OpenTable(const std::vector<std::string_view>& headings);
  void CloseTable();
  // Markup the report's own code wrote (the style sheet): never records text.
  void Markup(std::string_view markup) { out_.append(markup.data(), markup.size()); }

 private:
  void Attributes(std::initializer_list<Attribute> attributes);
  std::string& out_;
};

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_HTML_WRITER_H_
