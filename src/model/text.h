#pragma once

#include <string>

namespace oitgen {

// Text shown to readers: Thai, with an optional English version (falls back to Thai).
struct Text {
  std::string th;
  std::string en;

  const std::string& in(const std::string& language) const {
    return language == "en" && !en.empty() ? en : th;
  }
};

}  // namespace oitgen
