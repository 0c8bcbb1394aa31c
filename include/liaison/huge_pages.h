// AdviseHugePages: asks the kernel to back a large fresh buffer with
// transparent huge pages.
//
// A buffer of many MiB comes fresh from the kernel each time it is allocated
// (glibc maps every block above 32 MiB anew, and smaller large ones often),
// and filling it costs a page fault, a zeroed page and later an unmap for
// every 4 KiB: on the peer benchmark's machine about 4 µs a page, 8,200
// pages for the 33 MB evaluation of 3,000 cadres. Where transparent huge
// pages are "madvise" (the Debian default), advising the buffer makes those
// 2 MiB pages: 17 faults. Only the whole 2 MiB pages inside [data, data +
// size) are advised, and buffers under kHugePageAdviceMinimumSize are left as they are.
// The advice is a hint: where the kernel does not take it, nothing changes.
//
// The library advises the result documents it writes; the C ABI bridge
// (capi/), which sees the public headers only, advises the copies it hands
// to its callers.
#ifndef LIAISON_HUGE_PAGES_H_
#define LIAISON_HUGE_PAGES_H_

#include <cstddef>

namespace liaison {

inline constexpr std::size_t kHugePageAdviceMinimumSize = std::size_t{4} << 20;

void AdviseHugePages(void* data, std::size_t size);

}  // namespace liaison

#endif  // LIAISON_HUGE_PAGES_H_
