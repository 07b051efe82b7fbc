#pragma once
// A place in a source file, shared by the readers that find it and the messages that show it.

namespace oitgen {

// Lines and columns count from 1; column counts characters (Unicode code points), as a text
// editor does. Line 0 means the file as a whole.
struct Position {
  int line = 0;
  int column = 0;
};

}  // namespace oitgen
