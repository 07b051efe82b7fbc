#pragma once
// The site's search index, made at build time for the search page's script
// (themes/default/assets/search.js), one per language:
//   pages.json        every page's address, title, section and how many pieces its text has,
//                     and which term files exist;
//   t/<hex>.json      the terms that begin with one code point (hex: that code point), each
//                     with its pages, how often it occurs in each and in which piece first;
//   x/<page>-<k>.txt  the pieces of a page's text, a thousand code points each: a result's
//                     snippet loads the one its words are in and the next.
// A query loads pages.json, the term files of its letters and the pieces its results show:
// never the whole index. What changes with an edit is local too: the pieces of the page from
// the edit on and the term files of the words that came or went, so that a publish after a
// small change uploads a few small files. Thai is indexed as the words the pages break at.

#include <string>
#include <utility>
#include <vector>

#include "render/page_text.h"
#include "util/thai_words.h"

namespace oitgen {

struct SearchEntry {
  std::string url;  // the page's site path ("plans/x/", "en/ita/2567/")
  PageText text;
};

class SearchIndex {
 public:
  // Code points a piece of a page's text holds (the last one fewer).
  static constexpr std::size_t text_piece = 1000;

  explicit SearchIndex(const ThaiWords& words) : words_(words) {}

  // Pages are numbered in the order they are added.
  void add(std::string url, PageText text);
  const std::vector<SearchEntry>& entries() const { return entries_; }

  // The index's files: paths relative to the index's folder, and their bytes.
  std::vector<std::pair<std::string, std::string>> files() const;

  // The terms of a text as the index has them: its words, Latin letters in lower case.
  std::vector<std::string> terms(const std::string& text) const;
  // The same, each with the byte offset where it starts.
  std::vector<std::pair<std::size_t, std::string>> words_at(const std::string& text) const;

 private:
  const ThaiWords& words_;
  std::vector<SearchEntry> entries_;
};

}  // namespace oitgen
