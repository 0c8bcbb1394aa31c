#include "policy/policy_parser.h"

#include <string>
#include <vector>

#include "json/parse_json.h"
#include "policy/policy_document_parser.h"

namespace liaison {
namespace {

constexpr std::size_t kMaxMaskedTerms = 64;  // kinds are bit masks in a compiled policy
constexpr json::KeyList kTermKeys{"id", "zh", "en"};

}  // namespace

PolicyDocument PolicyDocumentParser::Parse(element root) {
  JsonPath path;
  ObjectReader top(root, path, problems_);
  if (!top.valid()) return std::move(doc_);
  if (std::optional<std::string_view> schema = top.String("schema", kRequired);
      schema && *schema != kPolicySchema) {
    problems_.Add(path.Key("schema"),
                  StrCat("\"", *schema, "\" is not supported; expected \"", kPolicySchema, "\""),
                  StrCat("不支持“", *schema, "”；应为“", kPolicySchema, "”"));
  }
  if (std::optional<std::string_view> id = top.String("id", kRequired)) {
    if (!IsIdentifier(*id)) {
      problems_.Add(path.Key("id"),
                    "must be 1–64 of a-z, 0-9, '_', '-', '.', starting with a letter or "
                    "digit",
                    "须为 1–64 个 a-z、0-9、'_'、'-'、'.'，以字母或数字开头");
    }
    doc_.id = std::string(*id);
  }
  if (auto version = top.NonEmptyString("version", kRequired)) doc_.version = *version;
  doc_.title = Localized(top, "title", kRequired);
  doc_.issuer = Localized(top, "issuer", kOptional);
  if (auto source = top.String("source", kOptional)) doc_.source = *source;
  if (auto year = top.Integer("year", kRequired, 2000, 2100)) doc_.year = static_cast<int>(*year);
  if (auto recurring = top.Bool("recurring", kOptional)) doc_.recurring = *recurring;
  ParsePeriod(top);
  ParseVocabulary(top);
  ParseParticipation(top);
  ParseContactPoints(top);
  ParseCounting(top);
  ParseRules(top);
  ParseProration(top);
  ParseCheckpoints(top);
  ParseDepartmentRules(top);
  ParseGrading(top);
  top.RejectUnknownKeys();
  return std::move(doc_);
}

bool PolicyDocumentParser::IsIdentifier(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-' || c == '.';
    if (!ok) return false;
  }
  return id[0] != '-' && id[0] != '.' && id[0] != '_';
}

LocalizedText PolicyDocumentParser::Localized(ObjectReader& parent, std::string_view key,
                                              json::Need need) {
  LocalizedText text;
  std::optional<element> value = parent.Element(key, need);
  if (!value) return text;
  JsonPath path = parent.path().Key(key);
  ObjectReader reader(*value, path, problems_);
  if (auto zh = reader.NonEmptyString("zh", kRequired)) text.zh = *zh;
  if (auto en = reader.NonEmptyString("en", kRequired)) text.en = *en;
  reader.RejectUnknownKeys();
  return text;
}

std::string PolicyDocumentParser::Basis(ObjectReader& reader, json::Need need) {
  auto basis = need == kRequired ? reader.NonEmptyString("basis", need)
                                 : reader.String("basis", need);
  return basis ? std::string(*basis) : std::string();
}

std::optional<MonthDay> PolicyDocumentParser::DateInPeriod(ObjectReader& reader,
                                                           std::string_view key,
                                                           json::Need need) {
  std::optional<MonthDay> day = reader.MonthDayField(key, need);
  if (day && period_valid_ && !(doc_.period_start <= *day && *day <= doc_.period_end)) {
    problems_.Add(reader.path().Key(key),
                  "is outside the policy period; a date must fall within it",
                  "不在政策期间内；日期须在政策期间之内");
    return std::nullopt;
  }
  return day;
}

void PolicyDocumentParser::ParsePeriod(ObjectReader& top) {
  std::optional<element> value = top.Element("period", kOptional);
  if (!value) return;
  JsonPath path = top.path().Key("period");
  ObjectReader period(*value, path, problems_);
  std::optional<MonthDay> start = period.MonthDayField("start", kRequired);
  std::optional<MonthDay> end = period.MonthDayField("end", kRequired);
  period.RejectUnknownKeys();
  if (!start || !end) {
    period_valid_ = false;
    return;
  }
  if (*end < *start) {
    problems_.Add(path, "start is after end; a period lies within one calendar year",
                  "起始日晚于截止日；期间须在同一自然年内");
    period_valid_ = false;
    return;
  }
  doc_.period_start = *start;
  doc_.period_end = *end;
}

TermList PolicyDocumentParser::TermListField(ObjectReader& parent, std::string_view key,
                                             std::size_t limit) {
  std::vector<Term> terms;
  json::ForEachObject(parent, key, kTermKeys, problems_,
                      [&](ObjectReader& reader, const JsonPath& path) {
    Term term;
    if (auto id = reader.String("id", kRequired)) {
      if (!IsIdentifier(*id)) {
        problems_.Add(path.Key("id"),
                      StrCat("\"", *id,
                             "\" is not an id: use 1–64 of a-z, "
                             "0-9, '_', '-', '.'"),
                      StrCat("“", *id, "”不是有效编号：须为 1–64 个 a-z、0-9、'_'、'-'、'.'"));
      }
      for (const Term& earlier : terms) {
        if (earlier.id == *id) {
          problems_.Add(path.Key("id"), StrCat("\"", *id, "\" is defined twice"),
                        StrCat("“", *id, "”重复定义"));
        }
      }
      term.id = std::string(*id);
    }
    if (auto zh = reader.NonEmptyString("zh", kRequired)) term.label.zh = *zh;
    if (auto en = reader.NonEmptyString("en", kRequired)) term.label.en = *en;
    terms.push_back(std::move(term));
  });
  if (terms.size() > limit) {
    problems_.Add(parent.path().Key(key),
                  StrCat(terms.size(), " terms; at most ", limit, " are allowed"),
                  StrCat("共 ", terms.size(), " 项；至多允许 ", limit, " 项"));
  }
  return TermList(std::move(terms));
}

void PolicyDocumentParser::ParseVocabulary(ObjectReader& top) {
  std::optional<element> value = top.Element("vocabulary", kRequired);
  if (!value) return;
  JsonPath path = top.path().Key("vocabulary");
  ObjectReader reader(*value, path, problems_);
  Vocabulary& v = doc_.vocabulary;
  v.activity_kinds = TermListField(reader, "activity_kinds", kMaxMaskedTerms);
  v.contact_point_kinds = TermListField(reader, "contact_point_kinds", kMaxMaskedTerms);
  v.levels = TermListField(reader, "levels", 255);
  v.areas = TermListField(reader, "areas", 255);
  v.submission_kinds = TermListField(reader, "submission_kinds", 255);
  v.ranks = TermListField(reader, "ranks", 255);
  v.tags = TermListField(reader, "tags", 255);
  v.not_rated_reasons = TermListField(reader, "not_rated_reasons", 255);
  reader.RejectUnknownKeys();
}

void PolicyDocumentParser::ParseParticipation(ObjectReader& top) {
  std::optional<element> value = top.Element("participation", kOptional);
  if (!value) return;
  JsonPath path = top.path().Key("participation");
  ObjectReader reader(*value, path, problems_);
  ParticipationPolicy& p = doc_.participation;
  p.basis = Basis(reader, kOptional);
  if (auto rule = EnumField(reader, "full_time", kOptional, kCategoryRuleNames)) p.full_time = *rule;
  if (auto rule = EnumField(reader, "part_time", kOptional, kCategoryRuleNames)) p.part_time = *rule;
  if (auto rule = EnumField(reader, "seconded", kOptional, kCategoryRuleNames)) p.seconded = *rule;
  if (auto flag = reader.Bool("exemption_requires_approval", kOptional)) {
    p.exemption_requires_approval = *flag;
  }
  reader.RejectUnknownKeys();
}

void PolicyDocumentParser::ParseCounting(ObjectReader& top) {
  std::optional<element> value = top.Element("counting", kOptional);
  if (!value) return;
  JsonPath path = top.path().Key("counting");
  ObjectReader reader(*value, path, problems_);
  if (auto flag = reader.Bool("count_secondary_kinds", kOptional)) {
    doc_.counting.count_secondary_kinds = *flag;
  }
  if (auto days = reader.Integer("default_activity_days", kOptional, 0, 366)) {
    doc_.counting.default_activity_days = static_cast<int>(*days);
  }
  reader.RejectUnknownKeys();
}

absl::StatusOr<PolicyDocument> ParsePolicyDocument(std::string_view text) {
  simdjson::dom::parser parser;
  absl::StatusOr<simdjson::dom::element> root = json::ParseJson(parser, text, {"政策", "policy"});
  if (!root.ok()) return root.status();
  json::Problems problems;
  PolicyDocument document = PolicyDocumentParser(problems).Parse(*root);
  if (!problems.empty()) return InvalidInput(LocalizedText{"政策", "policy"}, problems.Take());
  return document;
}

}  // namespace liaison
