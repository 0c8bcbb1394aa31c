// East Asian Width (Unicode UAX #11): how many terminal columns text takes,
// and text wrapped to a number of columns.
//
// Wide (W) and Fullwidth (F) characters take two columns: Chinese characters,
// the fullwidth punctuation （）：，. Ambiguous (A) characters (×, →, “”, —,
// –, …, ·) take one column in most terminals and two in some set up for East
// Asian text; the command draws them as one unless --ambiguous-wide says two,
// so that its columns line up on either kind of terminal. Everything else
// takes one column.
//
//   DisplayWidth("刘建华 (c01)")                      == 12
//   DisplayWidth("⌊0.30 × 10⌋", AmbiguousWidth::kWide) == 12
//   WrapToWidth("每年走访基层青年不少于10次", 10)  // {"每年走访基", "层青年不少", "于10次"}
#ifndef LIAISON_CLI_EAST_ASIAN_WIDTH_H_
#define LIAISON_CLI_EAST_ASIAN_WIDTH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison::cli {

enum class AmbiguousWidth { kNarrow, kWide };

// Terminal columns `text` (UTF-8) occupies.
std::size_t DisplayWidth(std::string_view text,
                         AmbiguousWidth ambiguous = AmbiguousWidth::kNarrow);

// `text` cut into lines of at most `width` columns: between words where a
// line ends in the middle of Latin text, between any two characters in
// Chinese text, a word longer than a line cut where the line ends. Spaces at
// a break are dropped. Empty text gives no line.
std::vector<std::string> WrapToWidth(std::string_view text, std::size_t width,
                                     AmbiguousWidth ambiguous = AmbiguousWidth::kNarrow);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_EAST_ASIAN_WIDTH_H_
