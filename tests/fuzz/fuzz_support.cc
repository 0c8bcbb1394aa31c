// The input layout and the call contract of fuzz_support.h.
#include "fuzz_support.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "simdjson.h"

namespace liaison::fuzz {
namespace {

constexpr std::string_view kSectionBreak = "\n\f\n";

[[noreturn]] void Broken() { std::abort(); }

}  // namespace

FuzzInput SplitInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  FuzzInput input;
  const std::size_t line_end = std::min(text.find('\n'), text.size());
  std::string_view header = text.substr(0, line_end);
  while (!header.empty()) {
    const std::size_t space = std::min(header.find(' '), header.size());
    if (space > 0) input.words.push_back(header.substr(0, space));
    header.remove_prefix(std::min(space + 1, header.size()));
  }
  std::string_view body = text.substr(std::min(line_end + 1, text.size()));
  while (true) {
    const std::size_t at = body.find(kSectionBreak);
    input.sections.push_back(body.substr(0, at));
    if (at == std::string_view::npos) break;
    body.remove_prefix(at + kSectionBreak.size());
  }
  return input;
}

std::string_view Word(const FuzzInput& input, std::size_t i) {
  return i < input.words.size() ? input.words[i] : std::string_view();
}

std::string_view Section(const FuzzInput& input, std::size_t i) {
  return i < input.sections.size() ? input.sections[i] : std::string_view();
}

PolicyHandle::PolicyHandle(std::string_view word, const FuzzInput& input) {
  liaison_error* error = nullptr;
  liaison_status status;
  if (word.size() == 2 && word[0] == '#' && word[1] >= '0' && word[1] <= '9') {
    const std::string_view json = Section(input, static_cast<std::size_t>(word[1] - '0'));
    status = liaison_policy_from_json(json.data(), json.size(), &policy_, &error);
  } else {
    status = liaison_policy_embedded(word.data(), word.size(), &policy_, &error);
  }
  if ((status == LIAISON_OK) != (policy_ != nullptr)) Broken();
  CheckStatus(status, error);
}

PolicyHandle::~PolicyHandle() { liaison_policy_free(policy_); }

bool CheckStatus(liaison_status status, liaison_error* error) {
  if (status == LIAISON_OK) {
    if (error != nullptr) Broken();
    return true;
  }
  if (error == nullptr || liaison_error_code(error) != status ||
      std::string_view(liaison_error_message(error)).empty() ||
      std::string_view(liaison_status_name(status)).empty()) {
    Broken();
  }
  liaison_error_free(error);
  return false;
}

bool CheckCall(liaison_status status, char* result, std::size_t length, liaison_error* error) {
  if (status == LIAISON_OK) {
    if (result == nullptr || !IsWellFormedJson(std::string_view(result, length))) Broken();
  } else if (result != nullptr || length != 0) {
    Broken();
  }
  liaison_free(result);
  return CheckStatus(status, error);
}

bool IsWellFormedJson(std::string_view text) {
  static simdjson::dom::parser parser;
  const simdjson::padded_string padded(text);
  return parser.parse(padded).error() == simdjson::SUCCESS;
}

}  // namespace liaison::fuzz
