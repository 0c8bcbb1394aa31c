#include "ledger/ledger_export.h"

#include <simdjson.h>

#include <charconv>

#include "ledger/bilingual.h"
#include "ledger/ledger_layout.h"
#include "ledger/ledger_vocabulary.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"

namespace liaison::ledger {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "、") + item;
  return out;
}

std::string Shortest(double value) {
  char digits[32];
  const auto result = std::to_chars(digits, digits + sizeof digits, value);
  return std::string(digits, result.ptr);
}

// The value at `field` ("a" or "a.b") of `row`, if present.
bool FieldOf(object row, std::string_view field, element& value) {
  const std::size_t dot = field.find('.');
  if (dot == std::string_view::npos) return row[field].get(value) == simdjson::SUCCESS;
  object inner;
  return row[field.substr(0, dot)].get_object().get(inner) == simdjson::SUCCESS &&
         inner[field.substr(dot + 1)].get(value) == simdjson::SUCCESS;
}

OutCell CellOf(const ColumnSpec& column, element value, const LedgerVocabulary& vocabulary) {
  std::vector<std::string> items;
  switch (column.kind) {
    case ValueKind::kText:
      return OutCell::Text(std::string(value.get_string().value_unsafe()));
    case ValueKind::kInteger:
      return OutCell::Number(static_cast<double>(value.get_int64().value_unsafe()));
    case ValueKind::kDate: {
      absl::CivilDay day;
      absl::ParseCivilTime(std::string(value.get_string().value_unsafe()), &day);
      return OutCell::Date(day);
    }
    case ValueKind::kBool:
      return OutCell::Text(value.get_bool().value_unsafe() ? "是" : "否");
    case ValueKind::kMoney:
      return OutCell::Number(static_cast<double>(value.get_int64().value_unsafe()) / 100, 2);
    case ValueKind::kTerm:
      return OutCell::Text(vocabulary.Label(column.vocab, value.get_string().value_unsafe()));
    case ValueKind::kTerms:
    case ValueKind::kTextList: {
      const simdjson::dom::array list = value.get_array().value_unsafe();
      for (element item : list) {
        const std::string_view text = item.get_string().value_unsafe();
        items.push_back(column.kind == ValueKind::kTerms ? vocabulary.Label(column.vocab, text)
                                                         : std::string(text));
      }
      return OutCell::Text(Joined(items));
    }
    case ValueKind::kScores: {
      const object scores = value.get_object().value_unsafe();
      for (auto [key, score] : scores) {
        items.push_back(std::string(key) + "=" + Shortest(score.get_double().value_unsafe()));
      }
      return OutCell::Text(Joined(items));
    }
  }
  return {};
}

std::vector<OutCell> RowOf(const SheetSpec& spec, object row, std::string_view cadre,
                           const LedgerVocabulary& vocabulary) {
  std::vector<OutCell> cells;
  for (const ColumnSpec& column : spec.columns) {
    element value;
    if (spec.per_cadre && column.field == "cadre") {
      cells.push_back(OutCell::Text(std::string(cadre)));
    } else if (FieldOf(row, column.field, value)) {
      cells.push_back(CellOf(column, value, vocabulary));
    } else {
      cells.emplace_back();
    }
  }
  return cells;
}

OutTable EmptyTable(const SheetSpec& spec, const LedgerVocabulary& vocabulary) {
  OutTable table(std::string(spec.zh));
  for (const ColumnSpec& column : spec.columns) {
    OutColumn out(std::string(column.zh), std::string(column.field));
    if (column.kind == ValueKind::kTerm) {
      for (const Term& term : vocabulary.Terms(column.vocab)) {
        out.choices.push_back(term.label.zh.empty() ? term.id : term.label.zh);
      }
    } else if (column.kind == ValueKind::kBool) {
      out.choices = {"是", "否"};
    }
    out.date = column.kind == ValueKind::kDate;
    out.decimals = column.kind == ValueKind::kMoney ? 2 : -1;
    out.width = column.kind == ValueKind::kText && column.field != "id" ? 24 : 14;
    table.columns.push_back(std::move(out));
  }
  return table;
}

OutTable NotesTable(const Policy& policy, int year) {
  OutTable notes{std::string(kNotesSheet)};
  for (const char* header :
       {"项目 / 工作表", "字段", "内容 / 列", "必填", "填写说明", "Notes", "条款"}) {
    notes.columns.emplace_back(header, "").width = 18;
  }
  notes.columns[4].width = notes.columns[5].width = 40;
  notes.rows.push_back(
      {OutCell::Text("年度"), OutCell::Text(std::string(kYearKey)), OutCell::Number(year)});
  notes.rows.push_back(
      {OutCell::Text("政策"), OutCell::Text("policy"), OutCell::Text(policy.id())});
  notes.rows.push_back({OutCell::Text("政策指纹"), OutCell::Text("fingerprint"),
                        OutCell::Text(policy.fingerprint())});
  notes.rows.emplace_back();
  for (const SheetSpec& spec : LedgerSheets()) {
    for (const ColumnSpec& column : spec.columns) {
      notes.rows.push_back(
          {OutCell::Text(std::string(spec.zh)), OutCell::Text(std::string(column.field)),
           OutCell::Text(std::string(column.zh)), OutCell::Text(column.required ? "是" : ""),
           OutCell::Text(std::string(column.note_zh)), OutCell::Text(std::string(column.note_en)),
           OutCell::Text(std::string(column.basis))});
    }
  }
  return notes;
}

absl::Status CheckRecords(const Policy& policy, std::string_view records_json) {
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, records_json);
  if (!batch.ok()) return batch.status();
  std::vector<Problem> problems;
  for (const auto& cadre : batch->cadres) {
    for (Problem& problem : ProblemsOf(cadre.status())) problems.push_back(std::move(problem));
  }
  if (problems.empty()) return absl::OkStatus();
  return InvalidInput(
      Bilingual("记录有误，不能导出为台账", "the records have problems; not exported"),
      std::move(problems));
}

}  // namespace

std::vector<OutTable> TemplateTables(const Policy& policy, int year) {
  const LedgerVocabulary vocabulary(policy);
  std::vector<OutTable> tables;
  for (const SheetSpec& spec : LedgerSheets()) tables.push_back(EmptyTable(spec, vocabulary));
  tables.push_back(NotesTable(policy, year));
  return tables;
}

absl::StatusOr<std::vector<OutTable>> LedgerTables(const Policy& policy,
                                                   std::string_view records_json) {
  if (absl::Status status = CheckRecords(policy, records_json); !status.ok()) return status;
  simdjson::dom::parser parser;
  object document;
  if (parser.parse(records_json.data(), records_json.size()).get_object().get(document) !=
      simdjson::SUCCESS) {
    return BadFile("不是 JSON 记录文档", "not a JSON records document");
  }
  const LedgerVocabulary vocabulary(policy);
  const int year = static_cast<int>(document["year"].get_int64().value_unsafe());
  std::vector<OutTable> tables = TemplateTables(policy, year);
  const std::vector<SheetSpec>& specs = LedgerSheets();
  const simdjson::dom::array departments = document["departments"].get_array().value_unsafe();
  const simdjson::dom::array cadres = document["cadres"].get_array().value_unsafe();
  for (element department : departments) {
    tables[0].rows.push_back(
        RowOf(specs[0], department.get_object().value_unsafe(), "", vocabulary));
  }
  for (element entry : cadres) {
    const object cadre = entry.get_object().value_unsafe();
    const std::string_view id = cadre["id"].get_string().value_unsafe();
    tables[1].rows.push_back(RowOf(specs[1], cadre, id, vocabulary));
    for (std::size_t s = 2; s < specs.size(); ++s) {
      simdjson::dom::array items;
      if (cadre[specs[s].array].get_array().get(items) != simdjson::SUCCESS) continue;
      for (element item : items) {
        tables[s].rows.push_back(RowOf(specs[s], item.get_object().value_unsafe(), id, vocabulary));
      }
    }
  }
  return tables;
}

}  // namespace liaison::ledger
