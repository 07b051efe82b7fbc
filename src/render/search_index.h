#pragma once
// The site's search index, made at build time for the search page's script
// (themes/default/assets/search.js), one per language:
//   pages.json     every page's address, title, section and where its text starts in the
//                  texts; which term files exist; where each text file starts;
//   t/<hex>.json   the terms that begin with one code point (hex: that code point), each with
//                  its pages, how often it occurs in each and where it first does;
//   x/<n>.txt      the pages' texts one after another, cut into files of about a thousand
//                  characters: a result's snippet loads the one or two it lies in.
// A query loads pages.json, the term files of its letters and the pieces of text its results
// show: never the whole index. Thai is indexed as the words the site's pages break at.
// Offsets count UTF-16 code units, as the script's strings do.

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
  // UTF-16 code units a text file holds, at least (a file ends between two code points).
  static constexpr std::size_t text_file_units = 1000;

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
