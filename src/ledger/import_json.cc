#include "ledger/import_json.h"

#include "json/json_writer.h"

namespace liaison::ledger {
namespace {

void WriteErrors(json::JsonWriter& w, const std::vector<LedgerError>& errors) {
  w.BeginArray();
  for (const LedgerError& error : errors) {
    w.BeginObject();
    w.Field("path", error.Place(true));
    w.Field("message", error.zh + " / " + error.Text(false));
    w.Field("sheet", error.sheet);
    w.Field("sheet_en", error.sheet_en);
    w.Field("row", error.row);
    w.Field("column", error.column);
    w.Field("header", error.header);
    w.Field("header_en", error.header_en);
    w.Field("value", error.value);
    w.Field("cadre", error.cadre);
    w.Field("zh", error.Text(true));
    w.Field("en", error.Text(false));
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string LedgerErrorsJson(const std::vector<LedgerError>& errors) {
  std::string out;
  {
    json::JsonWriter w(out);
    WriteErrors(w, errors);
  }
  return out;
}

std::string LedgerImportJson(const LedgerImport& imported, const std::vector<std::string>& notes) {
  // The records are a document already: written verbatim after the schema,
  // then the rest of the object.
  std::string rest;
  {
    json::JsonWriter w(rest);
    w.BeginObject();
    w.Key("problems");
    WriteErrors(w, imported.errors);
    w.Key("warnings");
    WriteErrors(w, imported.warnings);
    w.Field("notes", notes);
    w.Field("rows_read", imported.rows_read);
    w.Field("rows_refused", imported.rows_refused);
    w.Field("cadres_read", imported.cadres_read);
    w.Field("cadres_refused", imported.cadres_refused);
    w.EndObject();
  }
  return R"({"schema":"liaison.ledger-import/1","records":)" + imported.records_json + "," +
         rest.substr(1);
}

}  // namespace liaison::ledger
