// ActivityIds: whether each activity id of a cadre is used for the first time.
//
// Activity ids are mostly written in rising order ("a1", "a2", "a10"): in
// shortlex order (ComesBefore: the shorter first, then byte by byte), each
// after the one before. While a cadre's ids rise, none can repeat one
// before it, so an id is only compared with the last and noted; the first
// that does not rise puts the noted ones in the StringIndex, and from then
// on every id is looked up there. The answer is the same either way:
// whether the cadre used the id before.
//
//   ActivityIds ids(index);
//   ids.Clear();      // for each cadre
//   ids.Insert("a1");  // true: new
//   ids.Insert("a2");  // true
//   ids.Insert("a1");  // false: used before
#ifndef LIAISON_SRC_RECORDS_ACTIVITY_IDS_H_
#define LIAISON_SRC_RECORDS_ACTIVITY_IDS_H_

#include <string_view>
#include <vector>

#include "base/short_text.h"
#include "base/string_index.h"

namespace liaison {

class ActivityIds {
 public:
  // `index` (which must outlive this) keeps the ids once they do not rise;
  // like it, this keeps views: the ids must outlive each cadre's use.
  explicit ActivityIds(StringIndex& index) : index_(index) {}

  // Forgets the ids of the cadre before; the memory is kept.
  void Clear() {
    index_.Clear();
    noted_.clear();
    rising_ = true;
  }

  // Whether `id` is new to the cadre; it is recorded either way.
  bool Insert(std::string_view id) {
    if (rising_) {
      if (noted_.empty() || ComesBefore(noted_.back(), id)) {
        noted_.push_back(id);
        return true;
      }
      rising_ = false;
      for (std::string_view noted : noted_) index_.Insert(noted);
    }
    return index_.Insert(id).second;
  }

 private:
  StringIndex& index_;
  bool rising_ = true;                   // the ids so far rise: none is in index_
  std::vector<std::string_view> noted_;  // while rising_, the ids so far
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_ACTIVITY_IDS_H_
