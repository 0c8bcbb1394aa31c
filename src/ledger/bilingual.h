// Bilingual: every message the ledger gives a person is in Chinese and
// English, Chinese first, joined by " / " in one status message.
#ifndef LIAISON_LEDGER_BILINGUAL_H_
#define LIAISON_LEDGER_BILINGUAL_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace liaison::ledger {

inline std::string Bilingual(std::string_view zh, std::string_view en) {
  return std::string(zh) + " / " + std::string(en);
}

inline absl::Status BadFile(std::string_view zh, std::string_view en) {
  return absl::InvalidArgumentError(Bilingual(zh, en));
}

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_BILINGUAL_H_
