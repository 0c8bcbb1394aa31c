// ApportionmentJson: a request for places split by largest remainder, read,
// apportioned and written as a liaison.apportionment/1 document.
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

absl::StatusOr<ApportionmentRequest> ReadRequest(std::string_view text) {
  simdjson::dom::parser parser;
  absl::StatusOr<simdjson::dom::element> root =
      json::ParseJson(parser, text, {"名额分配请求", "apportionment"});
  if (!root.ok()) return root.status();
  json::Problems problems;
  json::JsonPath path;
  json::ObjectReader top(*root, path, problems);
  ApportionmentRequest request;
  request.places = top.Integer("places", json::kRequired, 0, kMaxCount).value_or(0);
  if (std::optional<simdjson::dom::array> units = top.Array("units", json::kRequired)) {
    json::JsonPath units_path = path.Key("units");
    std::size_t index = 0;
    for (simdjson::dom::element entry : *units) {
      json::ObjectReader unit(entry, units_path.Index(index++), problems);
      ApportionmentClaim claim;
      if (auto id = unit.NonEmptyString("id", json::kRequired)) claim.id = std::string(*id);
      if (auto base = unit.Integer("base", json::kRequired, 0, kMaxCount)) claim.base = *base;
      unit.RejectUnknownKeys();
      request.claims.push_back(std::move(claim));
    }
  }
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
