// LocalizedText: one piece of user-facing text in Chinese and English.
//
// Policy titles, grade labels and every rendered explanation carry both
// languages, because a League organ's OA system shows Chinese to its users and
// its IT staff often read logs in English.
//
//   LocalizedText title{"集中宣讲", "Lectures"};
//   std::cout << title.In(Language::kEnglish);
#ifndef LIAISON_LOCALIZED_TEXT_H_
#define LIAISON_LOCALIZED_TEXT_H_

#include <string>

namespace liaison {

// The languages every message is rendered in.
enum class Language { kChinese, kEnglish };

struct LocalizedText {
  std::string zh;
  std::string en;

  // The text in `language`; falls back to the other language when empty.
  const std::string& In(Language language) const {
    if (language == Language::kChinese) return zh.empty() ? en : zh;
    return en.empty() ? zh : en;
  }

  friend bool operator==(const LocalizedText& a, const LocalizedText& b) {
    return a.zh == b.zh && a.en == b.en;
  }
  friend bool operator!=(const LocalizedText& a, const LocalizedText& b) {
    return !(a == b);
  }
};

}  // namespace liaison

#endif  // LIAISON_LOCALIZED_TEXT_H_
