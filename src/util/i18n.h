#pragma once
// Messages in the reader's language. The English text is the key (GNU gettext's msgid), so a
// message reads the same in the code as in English output; tr() gives its translation in the
// language the command chose, or the English itself when there is none.

#include <initializer_list>
#include <string>
#include <string_view>

namespace oitgen {

// The translation of `msgid`; the pointer stays valid for the whole run.
const char* tr(const char* msgid);

// tr(), then "{1}", "{2}", … replaced by `args` in order. A translation may put them in another
// order; a placeholder with no argument is left as it is.
std::string trf(const char* msgid, std::initializer_list<std::string_view> args);

}  // namespace oitgen
