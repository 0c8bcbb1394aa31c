#include "ledger/xml_part.h"

#include <expat.h>
#include <zip.h>

#include <cstring>
#include <memory>
#include <vector>

#include "ledger/bilingual.h"
#include "ledger/limits.h"

namespace liaison::ledger {
namespace {

std::string_view LocalName(const char* name) {
  const char* bar = std::strrchr(name, '|');
  return bar == nullptr ? std::string_view(name) : std::string_view(bar + 1);
}

struct ParseState {
  XML_Parser parser;
  XmlHandler* handler;
  bool doctype = false;
};

void OnStart(void* data, const char* name, const char** attributes) {
  auto* state = static_cast<ParseState*>(data);
  state->handler->Start(LocalName(name), attributes);
  if (!state->handler->error.ok()) XML_StopParser(state->parser, XML_FALSE);
}

void OnEnd(void* data, const char* name) {
  auto* state = static_cast<ParseState*>(data);
  state->handler->End(LocalName(name));
  if (!state->handler->error.ok()) XML_StopParser(state->parser, XML_FALSE);
}

void OnText(void* data, const char* text, int length) {
  auto* state = static_cast<ParseState*>(data);
  state->handler->Text(std::string_view(text, static_cast<std::size_t>(length)));
  if (!state->handler->error.ok()) XML_StopParser(state->parser, XML_FALSE);
}

// A document type declaration is where entities are declared; spreadsheet
// parts never carry one, so any is refused before an entity can expand.
void OnDoctype(void* data, const char*, const char*, const char*, int) {
  auto* state = static_cast<ParseState*>(data);
  state->doctype = true;
  XML_StopParser(state->parser, XML_FALSE);
}

struct ParserDeleter {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};
struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

absl::Status PartError(const std::string& name, std::string_view zh, std::string_view en) {
  return BadFile("XLSX 文件中的 " + name + " " + std::string(zh),
                 "part " + name + " of the XLSX file " + std::string(en));
}

}  // namespace

const char* AttributeOf(const char** attributes, std::string_view name) {
  for (int i = 0; attributes[i] != nullptr; i += 2) {
    if (LocalName(attributes[i]) == name) return attributes[i + 1];
  }
  return nullptr;
}

bool HasPart(zip* archive, const std::string& name) {
  return zip_name_locate(archive, name.c_str(), 0) >= 0;
}

absl::Status ParsePart(zip* archive, const std::string& name, XmlHandler& handler,
                       std::size_t& inflated) {
  const zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  if (index < 0) return PartError(name, "不存在", "is missing");
  std::unique_ptr<zip_file_t, FileCloser> file(
      zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (file == nullptr) {
    return PartError(name, "无法解压（文件可能已损坏或被截断）",
                     "cannot be inflated (the file may be damaged or truncated)");
  }
  std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreateNS(nullptr, '|'));
  ParseState state{parser.get(), &handler};
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);
  std::vector<char> buffer(64 * 1024);
  std::size_t part_bytes = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) {
      return PartError(name, "解压出错（文件可能已损坏或被截断）",
                       "fails to inflate (the file may be damaged or truncated)");
    }
    part_bytes += static_cast<std::size_t>(got);
    inflated += static_cast<std::size_t>(got);
    if (part_bytes > kMaxEntryBytes || inflated > kMaxWorkbookBytes) {
      return PartError(name, "解压后超过大小上限（疑似压缩炸弹）",
                       "inflates beyond the size limit (a zip bomb?)");
    }
    const bool last = got == 0;
    if (XML_Parse(parser.get(), buffer.data(), static_cast<int>(got), last) != XML_STATUS_OK) {
      if (!handler.error.ok()) return handler.error;
      if (state.doctype) {
        return PartError(name, "含有文档类型声明（DTD），不予读取",
                         "has a document type declaration (DTD), which is refused");
      }
      const std::string line = std::to_string(XML_GetCurrentLineNumber(parser.get()));
      return PartError(name, "不是有效的 XML（第 " + line + " 行）",
                       "is not well-formed XML (line " + line + ": " +
                           XML_ErrorString(XML_GetErrorCode(parser.get())) + ")");
    }
    if (last) return absl::OkStatus();
  }
}

}  // namespace liaison::ledger
