#pragma once
// What oitgen prints goes to a terminal, and quotes content: file names, ids, titles, URLs.
// An ESC or CSI in any of them would be obeyed by the terminal (colours, a moved cursor, a
// changed window title, hidden lines), so every control character is shown written out.

#include <ostream>
#include <streambuf>
#include <string>

namespace oitgen {

// A stream buffer that passes text on to `target` with each control character other than
// newline and tab written out as `\x1b` (C0 and DEL) or `\u009b` (C1), as visible_controls
// does.
class VisibleControlsBuffer : public std::streambuf {
 public:
  explicit VisibleControlsBuffer(std::streambuf* target) : target_(target) {}
  ~VisibleControlsBuffer() override;

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* text, std::streamsize count) override;
  int sync() override;

 private:
  void put(const char* text, std::size_t count);
  std::streambuf* target_;
  bool pending_c2_ = false;  // a 0xC2 byte that may start a C1 character
};

// For the life of this object, `stream` shows control characters written out.
class VisibleControls {
 public:
  explicit VisibleControls(std::ostream& stream);
  ~VisibleControls();
  VisibleControls(const VisibleControls&) = delete;
  VisibleControls& operator=(const VisibleControls&) = delete;

 private:
  std::ostream& stream_;
  std::streambuf* original_;
  VisibleControlsBuffer buffer_;
};

}  // namespace oitgen
