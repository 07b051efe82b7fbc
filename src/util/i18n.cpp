#include "util/i18n.h"

#include <vector>

namespace oitgen {

const char* tr(const char* msgid) { return msgid; }

std::string trf(const char* msgid, std::initializer_list<std::string_view> args) {
  const std::vector<std::string_view> values(args);
  const std::string_view text = tr(msgid);
  std::string out;
  out.reserve(text.size() + 16 * values.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i + 1);
      if (close != std::string_view::npos && close > i + 1 && close - i <= 3) {
        std::size_t n = 0;
        bool digits = true;
        for (std::size_t j = i + 1; j < close; ++j) {
          if (text[j] < '0' || text[j] > '9') digits = false;
          n = n * 10 + static_cast<std::size_t>(text[j] - '0');
        }
        if (digits && n >= 1 && n <= values.size()) {
          out += values[n - 1];
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace oitgen
