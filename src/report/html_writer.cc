#include "report/html_writer.h"

namespace liaison::report {

void AppendEscaped(std::string_view text, std::string& out) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(text.data() + plain, i - plain);
    out.append(entity.data(), entity.size());
    plain = i + 1;
  }
  out.append(text.data() + plain, text.size() - plain);
}

void HtmlWriter::Attributes(std::initializer_list<Attribute> attributes) {
  for (const Attribute& attribute : attributes) {
    out_ += ' ';
    out_.append(attribute.name.data(), attribute.name.size());
    out_ += "=\"";
    AppendEscaped(attribute.value, out_);
    out_ += '"';
  }
}

void HtmlWriter::Open(std::string_view tag, std::initializer_list<Attribute> attributes) {
  out_ += '<';
  out_.append(tag.data(), tag.size());
  Attributes(attributes);
  out_ += '>';
}

void HtmlWriter::Empty(std::string_view tag, std::initializer_list<Attribute> attributes) {
  out_ += '<';
  out_.append(tag.data(), tag.size());
  Attributes(attributes);
  out_ += "/>";
}

void HtmlWriter::Close(std::string_view tag) {
  out_ += "</";
  out_.append(tag.data(), tag.size());
  out_ += '>';
}

void HtmlWriter::Element(std::string_view tag, std::string_view text,
                         std::initializer_list<Attribute> attributes) {
  Open(tag, attributes);
  Text(text);
  Close(tag);
}

void HtmlWriter::OpenSection(std::string_view css_class, std::string_view heading) {
  Open("section", {{"class", css_class}});
  Element("h2", heading);
}

void HtmlWriter::OpenTable(const std::vector<std::string_view>& headings) {
  Open("table");
  Open("thead");
  Open("tr");
  for (std::string_view heading : headings) Element("th", heading);
  Close("tr");
  Close("thead");
  Open("tbody");
}

void HtmlWriter::CloseTable() {
  Close("tbody");
  Close("table");
}

}  // namespace liaison::report
