#pragma once
// Where Thai text may break between words. Thai is written without spaces between words, and a
// browser's own dictionary splits words and names ("งบ|ประมาณ", "เจ๊ะ|บิลัง"), so the pages and
// the search index are given the word boundaries that libthai's dictionary finds, with the
// site's own names kept whole.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oitgen {

// Whether the code point that starts at byte `i` of `text` is Thai (U+0E00 to U+0E7F). Every
// such code point is three bytes of UTF-8.
bool thai_at(std::string_view text, std::size_t i);

// libthai makes its shared word breaker, the one Pango breaks Thai lines with, on first use
// and without a lock: two threads that first lay out Thai at once race to make it. This makes
// it once, and every caller waits until it is made; call it before Thai is laid out or broken
// on more than one thread.
void prepare_shared_thai_breaker();

class ThaiWords {
 public:
  // `names` (personal and place names, each a run of Thai without spaces or several separated
  // by spaces) are never broken inside. A personal title (นาย, นาง, นางสาว …) keeps the rest of
  // its run whole too, since a name that follows it is rarely in the dictionary.
  explicit ThaiWords(const std::vector<std::string>& names = {});

  // The byte offsets in `run`, a run of Thai code points only, where a word other than the
  // first starts, in increasing order. Safe to call from several threads at once.
  std::vector<std::size_t> breaks(std::string_view run) const;

  // `text` split into its words: Thai runs at their word boundaries, other text at spaces and
  // where it turns from Thai to not Thai. Spaces and punctuation are not words.
  std::vector<std::string> words(std::string_view text) const;
  // The same words, each with the byte offset in `text` where it starts.
  std::vector<std::pair<std::size_t, std::string>> words_at(std::string_view text) const;

 private:
  // libthai's breaks of `run`, less those inside a name.
  std::vector<std::size_t> names_kept(std::string_view run) const;

  std::vector<std::string> names_;  // Thai runs, longest first
  std::uint64_t id_ = 0;            // which instance a thread's remembered breaks are for
};

}  // namespace oitgen
