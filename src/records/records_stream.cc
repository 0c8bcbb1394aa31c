#include "records/records_stream.h"

#include <utility>

#include "base/absl_compat.h"
#include "base/cadre_identity.h"
#include "json/json_path.h"
#include "json/syntax_error.h"
#include "liaison/localized_text.h"
#include "liaison/problem.h"

namespace liaison {

namespace {

using json::ExtentScanner;
using json::JsonPath;
using json::SyntaxError;
using json::TextPlace;

constexpr std::string_view kCadresKey = "cadres";
constexpr std::string_view kLinesSchemaText = "\"liaison.records.lines/1\"";
const LocalizedText kRecords{"记录", "records"};

// `inner` ("$.a[1]"), a path within a value, as a path within the whole
// input, where the value is at `outer` ("$.cadres[3]").
std::string Within(const std::string& outer, std::string_view inner) {
  return StrCat(outer, inner.substr(1));
}

// Why simdjson refused `text`, a value at `path` that begins at `place`:
// the first bad byte with its line and column in the whole input, found by
// json::FindSyntaxError (held to `limits`) or json::FindInvalidUtf8.
Problem Located(std::string_view text, simdjson::error_code error, const std::string& path,
                TextPlace place, const json::ValueLimits* limits) {
  std::optional<SyntaxError> located = error == simdjson::UTF8_ERROR
                                           ? json::FindInvalidUtf8(text)
                                           : json::FindSyntaxError(text, limits);
  if (!located && error != simdjson::UTF8_ERROR) located = json::FindInvalidUtf8(text);
  if (located && located->path == "$" && located->offset > 0) {
    // Bad UTF-8 says no path: the path reached by the text before it does.
    const std::optional<SyntaxError> before =
        json::FindSyntaxError(text.substr(0, located->offset));
    if (before) located->path = before->path;
  }
  if (!located) {
    return {path,
            StrCat("line ", place.line, ", column ", place.column, ": not valid JSON (",
                   simdjson::error_message(error), ")"),
            StrCat("第", place.line, "行第", place.column, "列：不是有效的 JSON（",
                   simdjson::error_message(error), "）")};
  }
  json::MoveInto(place.line, place.column, *located);
  return {Within(path, located->path), located->MessageEn(), located->MessageZh()};
}

}  // namespace

RecordsStream::RecordsStream(const Policy& policy, const json::ValueLimits& limits)
    : policy_(policy), limits_(limits), scanner_(kCadresKey, limits) {}

RecordsStream::~RecordsStream() = default;

void RecordsStream::Reset() {
  scanner_.Reset();
  whole_ = {};
  whole_given_ = false;
  at_end_ = false;
  ended_ = false;
  status_ = absl::OkStatus();
  form_ = RecordsForm::kDocument;
  members_.clear();
  array_seen_ = false;
  late_members_ = false;
  header_failed_ = false;
  holding_ = false;
  held_.clear();
  next_held_ = 0;
  last_entry_end_ = 0;
  ready_.reset();
  document_ = {};
  department_ids_.clear();
  decoder_.reset();
  ids_.Clear();
}

absl::Status RecordsStream::Feed(std::string_view piece) {
  if (!status_.ok() || at_end_) return status_;
  if (ready_) {  // the entry waiting must survive the scanner's buffer moving
    scanner_.Locate(ready_->place);
    ready_copy_.assign(ready_->text);
    ready_->text = ready_copy_;
  }
  scanner_.Append(piece);
  Pump();
  return status_;
}

absl::Status RecordsStream::FeedWhole(std::string_view text) {
  whole_ = text;
  whole_given_ = true;
  scanner_.Borrow(text);
  at_end_ = true;
  Pump();
  return status_;
}

absl::Status RecordsStream::Finish() {
  at_end_ = true;
  while (status_.ok() && !ended_) {
    Pump();
    if (ready_) break;  // entries before the end: Next takes them, then Finish again
  }
  return status_;
}

std::optional<absl::Status> RecordsStream::Next(CadreYear& cadre) {
  if (!ready_) Pump();
  if (!ready_) return std::nullopt;
  const Entry entry = *ready_;
  ready_.reset();
  return Decode(entry, cadre);
}

void RecordsStream::Fail(absl::Status status) {
  if (status_.ok()) status_ = std::move(status);
}

bool RecordsStream::HasMember(std::string_view key) const {
  for (const Member& member : members_) {
    if (member.key == key) return true;
  }
  return false;
}

// Scans until an entry is ready, more input is needed, the end, or an error.
void RecordsStream::Pump() {
  while (status_.ok() && !ready_) {
    if (header_ready() && next_held_ < held_.size()) {
      const Held& held = held_[next_held_++];
      ready_ = Entry{scanner_.Text(held.offset, held.length), held.place, held.index, held.over};
      return;
    }
    const ExtentScanner::Extent extent = scanner_.Next(at_end_);
    switch (extent.kind) {
      case ExtentScanner::Kind::kNeedMore:
        return;
      case ExtentScanner::Kind::kEnd:
        ended_ = true;
        if (!header_ready() && !header_failed_) Fail(DecodeHeader(form_));
        return;
      case ExtentScanner::Kind::kError: {
        const SyntaxError& error = scanner_.error();
        const std::optional<SyntaxError> whole = WholeTextError(simdjson::TAPE_ERROR);
        const bool take_whole = whole && whole->offset >= last_entry_end_;
        const SyntaxError& shown = take_whole ? *whole : error;
        Fail(InvalidInput(kRecords, {{shown.path, shown.MessageEn(), shown.MessageZh()}}));
        return;
      }
      case ExtentScanner::Kind::kNotObject:
        Fail(NotAnObject(extent.text, extent.place));
        return;
      case ExtentScanner::Kind::kMember:
        if (array_seen_) late_members_ = true;
        members_.push_back({std::string(extent.key), std::string(extent.text), extent.place});
        break;
      case ExtentScanner::Kind::kArrayStart:
        array_seen_ = true;
        members_.push_back({std::string(kCadresKey), "[]", extent.place});
        HeaderComplete(false);
        break;
      case ExtentScanner::Kind::kObjectEnd:
        HeaderComplete(true);
        break;
      case ExtentScanner::Kind::kElement: {
        last_entry_end_ = extent.place.offset + extent.text.size();
        if (header_ready() && !holding_) {
          ready_ = Entry{extent.text, extent.place, extent.index, extent.over};
        } else if (holding_) {
          TextPlace place = extent.place;
          scanner_.Locate(place);
          held_.push_back({extent.place.offset, extent.text.size(), place, extent.index,
                           extent.over});
        }
        break;  // a header known to be wrong: the cadre is passed over
      }
    }
  }
}

// The header may be complete: at the cadres array (when schema, year and
// departments came before it), or at the end of the top-level object.
void RecordsStream::HeaderComplete(bool at_object_end) {
  if (!at_object_end) {
    if (!(HasMember("schema") && HasMember("year") && HasMember("departments"))) {
      holding_ = true;
      scanner_.KeepAll();
      return;
    }
    if (absl::Status header = DecodeHeader(RecordsForm::kDocument); !header.ok()) {
      header_failed_ = true;  // the members after the cadres may add problems
    }
    return;
  }
  if (!array_seen_) {
    for (const Member& member : members_) {
      if (member.key == "schema" && member.text == kLinesSchemaText) {
        form_ = RecordsForm::kLines;
        scanner_.StartLines();
      }
    }
  }
  if (form_ == RecordsForm::kLines || !header_ready() || late_members_ || header_failed_) {
    decoder_.reset();
    document_ = {};
    department_ids_.clear();
    Fail(DecodeHeader(form_));
  }
  holding_ = false;
}

absl::Status RecordsStream::DecodeHeader(RecordsForm form) {
  std::string text = "{";
  for (const Member& member : members_) {
    StrAppend(&text, text.size() > 1 ? "," : "", "\"", member.key, "\":", member.text);
  }
  text += "}";
  simdjson::dom::element root;
  const simdjson::error_code error = (*parser_).parse(text).get(root);
  if (error != simdjson::SUCCESS) {
    // The member whose value the parser refused, with its line and column.
    const JsonPath top;
    for (const Member& member : members_) {
      simdjson::dom::element value;
      const simdjson::error_code failed = (*parser_).parse(member.text).get(value);
      if (failed == simdjson::SUCCESS) continue;
      return InvalidInput(kRecords, {Located(member.text, failed, top.Key(member.key).ToString(),
                                              member.place, nullptr)});
    }
    if (std::optional<SyntaxError> whole = WholeTextError(error)) {
      return InvalidInput(kRecords, {{whole->path, whole->MessageEn(), whole->MessageZh()}});
    }
    return InvalidInput(kRecords, {{"$",
                                   StrCat("not valid JSON (", simdjson::error_message(error), ")"),
                                   StrCat("不是有效的 JSON（", simdjson::error_message(error), "）")}});
  }
  absl::Status decoded = DecodeRecordsHeader(policy_, root, form, document_, department_ids_);
  if (!decoded.ok()) return decoded;
  decoder_ = std::make_unique<CadreDecoder>(policy_, document_, department_ids_, activity_ids_,
                                            people_met_, problems_);
  return absl::OkStatus();
}

std::optional<SyntaxError> RecordsStream::WholeTextError(simdjson::error_code error) const {
  if (!whole_given_) return std::nullopt;
  std::optional<SyntaxError> located =
      error == simdjson::UTF8_ERROR ? json::FindInvalidUtf8(whole_) : json::FindSyntaxError(whole_);
  if (!located && error != simdjson::UTF8_ERROR) located = json::FindInvalidUtf8(whole_);
  return located;
}

// The top level is not an object: read as a whole, it is refused as before
// streaming (not JSON, or "expected an object").
absl::Status RecordsStream::NotAnObject(std::string_view text, TextPlace place) {
  simdjson::dom::element root;
  const simdjson::error_code error = (*parser_).parse(text.data(), text.size()).get(root);
  if (error != simdjson::SUCCESS) {
    if (std::optional<SyntaxError> whole = WholeTextError(error)) {
      return InvalidInput(kRecords, {{whole->path, whole->MessageEn(), whole->MessageZh()}});
    }
    return InvalidInput(kRecords, {Located(text, error, "$", place, nullptr)});
  }
  RecordBatch ignored;
  absl::flat_hash_set<std::string> ids;
  return DecodeRecordsHeader(policy_, root, RecordsForm::kDocument, ignored, ids);
}

absl::Status RecordsStream::Decode(const Entry& entry, CadreYear& cadre) {
  const JsonPath root;
  const JsonPath cadres = root.Key(kCadresKey);
  const JsonPath path = cadres.Index(entry.index);
  std::vector<Problem> problems;
  cadre = CadreYear{};
  simdjson::dom::element value;
  TextPlace at = entry.place;  // counted only for an error: the scanner's Locate
  if (entry.over == json::ValueLimit::kElementBytes) {
    scanner_.Locate(at);
    problems.push_back(
        {path.ToString(),
         StrCat("line ", at.line, ", column ", at.column, ": ",
                json::LimitReasonEn(json::ValueLimit::kElementBytes, limits_)),
         StrCat("第", at.line, "行第", at.column, "列：",
                json::LimitReasonZh(json::ValueLimit::kElementBytes, limits_))});
  } else if (const simdjson::error_code error =
                 (*parser_).parse(entry.text.data(), entry.text.size()).get(value);
             entry.over || error != simdjson::SUCCESS) {
    // Over a limit but parsed: the scan held to the limits finds where.
    scanner_.Locate(at);
    problems.push_back(Located(entry.text,
                               error != simdjson::SUCCESS ? error : simdjson::TAPE_ERROR,
                               path.ToString(), at, &limits_));
  } else {
    cadre = decoder_->Decode(value, path);
    problems = problems_.Take();
    if (problems.size() > kProblemsPerCadre) {
      const std::size_t more = problems.size() - kProblemsPerCadre;
      problems.resize(kProblemsPerCadre);
      problems.push_back({path.ToString(),
                          StrCat("and ", more, " more problems: at most ", kProblemsPerCadre,
                                 " are reported for one cadre"),
                          StrCat("另有 ", more, " 个问题：每个干部最多报告 ", kProblemsPerCadre,
                                 " 个")});
    }
    if (problems.empty() && !cadre.id.empty()) {
      if (std::optional<std::size_t> first = ids_.Insert(cadre.id, entry.index)) {
        problems.push_back({path.Key("id").ToString(),
                            StrCat("cadre \"", cadre.id, "\" is already at $.cadres[", *first,
                                   "]"),
                            StrCat("干部编号“", cadre.id, "”已在 $.cadres[", *first, "] 使用")});
      }
    }
  }
  if (problems.empty()) return absl::OkStatus();
  absl::Status status =
      InvalidInput(cadre.id.empty()
                       ? LocalizedText{StrCat("$.cadres[", entry.index, "] 处的干部"),
                                       StrCat("cadre at $.cadres[", entry.index, "]")}
                       : LocalizedText{StrCat("干部“", cadre.id, "”"),
                                       StrCat("cadre \"", cadre.id, "\"")},
                   std::move(problems));
  AttachCadreIdentity(status, {path.ToString(), cadre.id, cadre.department, cadre.name});
  return status;
}

}  // namespace liaison
