#pragma once
// What a rendered page says, for the search index: its heading, the menu section it belongs
// to and the text of its main content, without the header, the menu, the No Gift banner and
// the footer that every page repeats. Read from the page's HTML, so that a page an incremental
// build kept from the current output gives exactly what it gave when it was rendered.

#include <string>
#include <string_view>

namespace oitgen {

struct PageText {
  std::string title;    // the text of the first <h1> of <main>
  std::string section;  // the label of the menu link marked aria-current="page"; may be empty
  std::string text;     // the text of <main>, spaces collapsed
};

PageText page_text(std::string_view html);

}  // namespace oitgen
