#include "util/bounded_body.h"

namespace oitgen {

std::size_t BoundedBody::write(char* data, std::size_t size, std::size_t count, void* out) {
  auto* body = static_cast<BoundedBody*>(out);
  const std::size_t n = size * count;
  if (n > body->limit - body->received) {
    body->exceeded = true;
    return 0;  // anything but n makes libcurl end the transfer
  }
  body->received += n;
  if (body->keep) body->bytes.append(data, n);
  return n;
}

std::string limit_text(std::size_t bytes) {
  constexpr std::size_t kib = 1024;
  if (bytes >= kib * kib && bytes % (kib * kib) == 0)
    return std::to_string(bytes / (kib * kib)) + " MiB";
  if (bytes >= kib && bytes % kib == 0) return std::to_string(bytes / kib) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

}  // namespace oitgen
