// AdviseHugePages (huge_pages.h): madvise(MADV_HUGEPAGE) on the 2 MiB pages
// inside a buffer.
#include "liaison/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace liaison {

void AdviseHugePages(void* data, std::size_t size) {
#ifdef MADV_HUGEPAGE
  if (size < kHugePageAdviceMinimumSize) return;
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  const auto start = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t end = (start + size) & ~(kHugePage - 1);
  // A refusal (an old kernel, huge pages off) leaves the buffer as it was.
  if (end > first) madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
#else
  (void)data;
  (void)size;
#endif
}

}  // namespace liaison
