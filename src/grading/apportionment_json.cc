// ApportionmentJson: a request for places split by largest remainder, read,
// apportioned and written as a liaison.apportionment/1 document.
#include "absl/container/flat_hash_map.h"
#include "base/absl_compat.h"
#include "json/json_writer.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "liaison/apportionment.h"
#include "liaison/grading_json.h"
#include "liaison/problem.h"
#include "liaison/version.h"

namespace liaison {
namespace {

using json::JsonWriter;

struct ApportionmentRequest {
  std::int64_t places = 0;
  std::vector<ApportionmentClaim> claims;
};

constexpr std::int64_t kMaxCount = 2147483647;

// The limits of a request (docs/policy.md, "Apportionment"): the document
// has an audit line per place and a share per unit, so these bound its size
// (about 200 bytes a line, 250 a unit: some 45 MB at most).
constexpr std::int64_t kMaxPlaces = 100000;
constexpr std::size_t kMaxUnits = 100000;

std::int64_t ReadPlaces(json::ObjectReader& top) {
  const std::optional<std::int64_t> places = top.Integer("places", json::kRequired, 0, kMaxCount);
  if (places && *places > kMaxPlaces) {
    top.problems().Add(top.path().Key("places"),
                       StrCat(*places, " places are more than a request may apportion (the limit ",
                              "is ", kMaxPlaces, " places, one audit line each)"),
                       StrCat("名额 ", *places, " 个，超过一次请求可分配的上限（", kMaxPlaces,
                              " 个名额，每个名额一行审计记录）"));
    return 0;
  }
  return places.value_or(0);
}

// The units, each id once: a repeated id is reported at its path, naming the
// unit that has it first.
void ReadUnits(json::ObjectReader& top, ApportionmentRequest& request) {
  std::optional<simdjson::dom::array> units = top.Array("units", json::kRequired);
  if (!units) return;
  const json::JsonPath units_path = top.path().Key("units");
  json::Problems& problems = top.problems();
  const std::size_t count = json::ElementCount(*units);
  if (count > kMaxUnits) {
    problems.Add(units_path,
                 StrCat(count, " units are more than a request may have (the limit is ", kMaxUnits,
                        " units)"),
                 StrCat("单位 ", count, " 个，超过一次请求的上限（", kMaxUnits, " 个单位）"));
    return;
  }
  absl::flat_hash_map<std::string, std::size_t> unit_of_id;
  std::size_t index = 0;
  for (simdjson::dom::element entry : *units) {
    const json::JsonPath unit_path = units_path.Index(index);
    json::ObjectReader unit(entry, unit_path, problems);
    ApportionmentClaim claim;
    if (auto id = unit.NonEmptyString("id", json::kRequired)) {
      claim.id = std::string(*id);
      const auto [first, added] = unit_of_id.try_emplace(claim.id, index);
      if (!added) {
        problems.Add(unit_path.Key("id"),
                     StrCat("\"", claim.id, "\" is also the id of units[", first->second,
                            "]; give each unit its own id"),
                     StrCat("“", claim.id, "”也是 units[", first->second,
                            "] 的编号；每个单位须有自己的编号"));
      }
    }
    if (auto base = unit.Integer("base", json::kRequired, 0, kMaxCount)) claim.base = *base;
    unit.RejectUnknownKeys();
    request.claims.push_back(std::move(claim));
    ++index;
  }
}

absl::StatusOr<ApportionmentRequest> ReadRequest(std::string_view text) {
  simdjson::dom::parser parser;
  absl::StatusOr<simdjson::dom::element> root =
      json::ParseJson(parser, text, {"名额分配请求", "apportionment"});
  if (!root.ok()) return root.status();
  json::Problems problems;
  json::JsonPath path;
  json::ObjectReader top(*root, path, problems);
  ApportionmentRequest request;
  request.places = ReadPlaces(top);
  ReadUnits(top, request);
  top.RejectUnknownKeys();
  if (!problems.empty()) {
    return InvalidInput(LocalizedText{"名额分配请求", "apportionment request"}, problems.Take());
  }
  return request;
}

void WriteShares(JsonWriter& w, const Apportionment& apportionment) {
  w.Key("shares");
  w.BeginArray();
  for (const ApportionedShare& share : apportionment.shares) {
    w.BeginObject();
    w.Field("id", share.id);
    w.Field("base", share.base);
    w.Field("quota", apportionment.total_base == 0
                         ? 0.0
                         : static_cast<double>(share.quota_numerator) /
                               static_cast<double>(apportionment.total_base));
    w.Field("whole_part", share.whole_part);
    w.Field("remainder_place", share.remainder_place);
    w.Field("places", share.places);
    w.EndObject();
  }
  w.EndArray();
}

void WriteParadoxes(JsonWriter& w, const std::vector<AlabamaParadox>& paradoxes) {
  w.Key("alabama_paradoxes");
  w.BeginArray();
  for (const AlabamaParadox& paradox : paradoxes) {
    w.BeginObject();
    w.Field("unit", paradox.id);
    w.Field("places_before", paradox.share_before);
    w.Field("places_after", paradox.share_after);
    w.Field("text", DescribeAlabamaParadox(paradox));
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

absl::StatusOr<std::string> ApportionmentJson(std::string_view request_json, JsonStyle style) {
  absl::StatusOr<ApportionmentRequest> request = ReadRequest(request_json);
  if (!request.ok()) return request.status();
  absl::StatusOr<Apportionment> apportionment =
      ApportionLargestRemainder(request->places, request->claims);
  if (!apportionment.ok()) return apportionment.status();
  absl::StatusOr<std::vector<AlabamaParadox>> paradoxes =
      FindAlabamaParadox(request->places, request->claims);
  if (!paradoxes.ok()) return paradoxes.status();
  std::string out;
  JsonWriter w(out, json::LayoutOf(style));
  w.BeginObject();
  w.Field("schema", "liaison.apportionment/1");
  w.Field("library_version", LIAISON_VERSION_STRING);
  w.Field("places", apportionment->places);
  w.Field("total_base", apportionment->total_base);
  WriteShares(w, *apportionment);
  w.Key("audit");
  w.BeginArray();
  for (const PlaceAudit& line : apportionment->audit) {
    w.Localized(DescribePlace(*apportionment, line));
  }
  w.EndArray();
  WriteParadoxes(w, *paradoxes);
  w.EndObject();
  json::FinishDocument(out, style);
  return out;
}

}  // namespace liaison
