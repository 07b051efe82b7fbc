#include "document/words.h"

namespace oitgen {

std::string fill_blanks(std::string text,
                        std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  out.reserve(text.size() * 2);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i + 1);
      if (close != std::string::npos) {
        const std::string_view name(text.data() + i + 1, close - i - 1);
        bool found = false;
        for (const auto& [key, value] : values)
          if (key == name) {
            out += value;
            found = true;
            break;
          }
        if (found) {
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::string Words::fill(
    const std::string& key,
    std::initializer_list<std::pair<std::string_view, std::string>> values) const {
  return fill_blanks((*this)(key), values);
}

}  // namespace oitgen
