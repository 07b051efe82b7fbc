#include "util/thai_words.h"

#include <thai/thbrk.h>
#include <thai/thwbrk.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace oitgen {
namespace {

constexpr std::size_t thai_bytes = 3;

// Titles that a personal name follows without a space.
constexpr std::array<std::string_view, 5> titles = {"นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง"};

// libthai's breaker keeps working state in the object, so each thread has its own; its
// dictionary (libthai-data's thbrk.tri) loads once per thread. The boundaries of a run are
// remembered: the same menu, headings and names recur on every page of a site.
class Breaker {
 public:
  Breaker() : brk_(th_brk_new(nullptr), th_brk_delete) {}

  const std::vector<std::size_t>& breaks(std::string_view run) {
    // Bounded: a province of sites goes through far more distinct runs than one site has.
    auto found = known_.find(std::string(run));
    if (found != known_.end()) return found->second;
    if (known_.size() >= 200000) known_.clear();
    std::vector<std::size_t> offsets;
    if (brk_) {
      std::wstring wide;
      wide.reserve(run.size() / thai_bytes);
      for (std::size_t i = 0; i + 2 < run.size(); i += thai_bytes)
        wide.push_back(static_cast<wchar_t>(((run[i] & 0x0F) << 12) | ((run[i + 1] & 0x3F) << 6) |
                                            (run[i + 2] & 0x3F)));
      std::vector<int> positions(wide.size() + 1);
      const int found_count =
          th_brk_wc_find_breaks(brk_.get(), wide.c_str(), positions.data(), positions.size());
      for (int k = 0; k < found_count; ++k) {
        const auto at = static_cast<std::size_t>(positions[static_cast<std::size_t>(k)]);
        if (at > 0 && at < wide.size()) offsets.push_back(at * thai_bytes);
      }
    }
    return known_.emplace(std::string(run), std::move(offsets)).first->second;
  }

 private:
  std::unique_ptr<ThBrk, void (*)(ThBrk*)> brk_;
  std::unordered_map<std::string, std::vector<std::size_t>> known_;
};

Breaker& this_thread_breaker() {
  thread_local Breaker breaker;
  return breaker;
}

bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

bool thai_at(std::string_view text, std::size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE0) return false;
  const auto second = static_cast<unsigned char>(text[i + 1]);
  const auto third = static_cast<unsigned char>(text[i + 2]);
  return (second == 0xB8 || second == 0xB9) && third >= 0x80 && third <= 0xBF;
}

void prepare_shared_thai_breaker() {
  static std::once_flag made;
  std::call_once(made, [] {
    const std::wstring word = L"\u0E44\u0E17\u0E22";  // ไทย
    std::vector<int> positions(word.size() + 1);
    th_brk_wc_find_breaks(nullptr, word.c_str(), positions.data(), positions.size());
  });
}

ThaiWords::ThaiWords(const std::vector<std::string>& names) {
  static std::atomic<std::uint64_t> made{0};
  id_ = ++made;
  prepare_shared_thai_breaker();
  for (const auto& name : names) {
    // Each Thai run of a name ("นายสมชาย ใจดี" has two) is kept whole.
    for (std::size_t i = 0; i < name.size();) {
      if (!thai_at(name, i)) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (thai_at(name, end)) end += thai_bytes;
      if (end - i > thai_bytes) names_.emplace_back(name.substr(i, end - i));
      i = end;
    }
  }
  std::sort(names_.begin(), names_.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
}

std::vector<std::size_t> ThaiWords::breaks(std::string_view run) const {
  if (run.size() <= thai_bytes) return {};
  // The same runs recur on every page (the menu, headings, names) and again in the search
  // index: each thread remembers what it found for this instance's names, and forgets it when
  // it works for another instance (another site), whose names differ.
  struct Found {
    std::uint64_t words = 0;
    std::unordered_map<std::string, std::vector<std::size_t>> runs;
  };
  thread_local Found found;
  if (found.words != id_ || found.runs.size() >= 200000) {
    found.words = id_;
    found.runs.clear();
  }
  auto known = found.runs.find(std::string(run));
  if (known != found.runs.end()) return known->second;
  std::vector<std::size_t> offsets = names_kept(run);
  found.runs.emplace(std::string(run), offsets);
  return offsets;
}

std::vector<std::size_t> ThaiWords::names_kept(std::string_view run) const {
  std::vector<std::size_t> offsets = this_thread_breaker().breaks(run);
  if (offsets.empty()) return offsets;
  // Inside a name, no break.
  std::vector<bool> inside(run.size() + 1, false);
  bool any = false;
  for (const auto& name : names_) {
    for (std::size_t at = run.find(name); at != std::string_view::npos;
         at = run.find(name, at + thai_bytes)) {
      for (std::size_t k = at + thai_bytes; k < at + name.size(); k += thai_bytes) inside[k] = true;
      any = true;
    }
  }
  // After a personal title, the rest of the run is the name.
  std::size_t start = 0;
  for (const std::size_t at : offsets) {
    const std::string_view word = run.substr(start, at - start);
    if (std::find(titles.begin(), titles.end(), word) != titles.end()) {
      for (std::size_t k = at + thai_bytes; k < run.size(); k += thai_bytes) inside[k] = true;
      any = true;
      break;
    }
    start = at;
  }
  if (any)
    offsets.erase(
        std::remove_if(offsets.begin(), offsets.end(), [&](std::size_t at) { return inside[at]; }),
        offsets.end());
  return offsets;
}

std::vector<std::string> ThaiWords::words(std::string_view text) const {
  std::vector<std::string> out;
  for (auto& [at, word] : words_at(text)) out.push_back(std::move(word));
  return out;
}

std::vector<std::pair<std::size_t, std::string>> ThaiWords::words_at(std::string_view text) const {
  std::vector<std::pair<std::size_t, std::string>> out;
  for (std::size_t i = 0; i < text.size();) {
    if (thai_at(text, i)) {
      std::size_t end = i;
      while (thai_at(text, end)) end += thai_bytes;
      const std::string_view run = text.substr(i, end - i);
      std::size_t from = 0;
      for (const std::size_t at : breaks(run)) {
        out.emplace_back(i + from, run.substr(from, at - from));
        from = at;
      }
      out.emplace_back(i + from, run.substr(from));
      i = end;
    } else if (is_word_byte(static_cast<unsigned char>(text[i]))) {
      std::size_t end = i;
      while (end < text.size() && !thai_at(text, end) &&
             is_word_byte(static_cast<unsigned char>(text[end])))
        ++end;
      out.emplace_back(i, text.substr(i, end - i));
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace oitgen
