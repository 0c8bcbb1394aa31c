#include "ledger/sheet.h"

namespace liaison::ledger {

std::string ColumnName(int index) {
  std::string name;
  for (int n = index + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

}  // namespace liaison::ledger
