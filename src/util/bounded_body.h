#pragma once
// A response body read with a limit. libcurl's CURLOPT_MAXFILESIZE trusts the Content-Length
// header, so a chunked or endless response passes it: the write callback counts instead and
// ends the transfer (CURLE_WRITE_ERROR) at the first byte beyond the limit.

#include <cstddef>
#include <string>

namespace oitgen {

struct BoundedBody {
  explicit BoundedBody(std::size_t limit_bytes, bool keep_bytes = true)
      : limit(limit_bytes), keep(keep_bytes) {}

  std::size_t limit;
  bool keep;                 // false: only count (the link checker needs no body)
  std::string bytes;         // what came, up to the limit
  std::size_t received = 0;  // bytes that came, up to the limit
  bool exceeded = false;     // more came than the limit allows: the transfer was ended

  // For CURLOPT_WRITEFUNCTION, with this object as CURLOPT_WRITEDATA.
  static std::size_t write(char* data, std::size_t size, std::size_t count, void* body);
};

// "16 MiB", "4 KiB", "512 bytes": a limit for a message.
std::string limit_text(std::size_t bytes);

}  // namespace oitgen
