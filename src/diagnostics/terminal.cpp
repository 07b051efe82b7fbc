#include "diagnostics/terminal.h"

#include <string_view>

#include "util/text.h"

namespace oitgen {

VisibleControlsBuffer::~VisibleControlsBuffer() {
  // A 0xC2 held back at the very end starts no C1 character: it goes out as it is.
  if (pending_c2_) target_->sputc('\xC2');
  target_->pubsync();
}

void VisibleControlsBuffer::put(const char* text, std::size_t count) {
  const std::string_view input(text, count);
  std::size_t plain = 0;  // start of the run not yet passed on
  auto flush_run = [&](std::size_t end) {
    if (end > plain) target_->sputn(text + plain, static_cast<std::streamsize>(end - plain));
  };
  for (std::size_t i = 0; i < input.size(); ++i) {
    const auto byte = static_cast<unsigned char>(input[i]);
    if (pending_c2_) {
      pending_c2_ = false;
      if (byte >= 0x80 && byte <= 0x9F) {
        target_->sputn(visible_control(std::string{'\xC2', input[i]}).data(), 6);
      } else {
        target_->sputc('\xC2');
        --i;  // look at this byte again on its own
      }
      plain = i + 1;
      continue;
    }
    if (byte == 0xC2) {
      flush_run(i);
      pending_c2_ = true;
      plain = i + 1;
      continue;
    }
    if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
      flush_run(i);
      const std::string shown = visible_control(input.substr(i, 1));
      target_->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
      plain = i + 1;
    }
  }
  flush_run(input.size());
}

VisibleControlsBuffer::int_type VisibleControlsBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  const char byte = traits_type::to_char_type(c);
  put(&byte, 1);
  return c;
}

std::streamsize VisibleControlsBuffer::xsputn(const char* text, std::streamsize count) {
  put(text, static_cast<std::size_t>(count));
  return count;
}

int VisibleControlsBuffer::sync() {
  return target_->pubsync();
}

VisibleControls::VisibleControls(std::ostream& stream)
    : stream_(stream), original_(stream.rdbuf()), buffer_(original_) {
  stream_.rdbuf(&buffer_);
}

VisibleControls::~VisibleControls() {
  stream_.flush();
  stream_.rdbuf(original_);
}

}  // namespace oitgen
