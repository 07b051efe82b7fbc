#include "write/output_marker.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <nlohmann/json.hpp>

namespace oitgen {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr const char* marker_format = "oitgen-output-1";
constexpr std::size_t marker_limit = 4096;  // the marker is a few hundred bytes

}  // namespace

std::string output_marker_text(const std::string& made_by, std::optional<long> pid) {
  json marker = {{"format", marker_format}, {"made_by", made_by}};
  if (pid) {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
    marker["pid"] = *pid;
    marker["host"] = host;
    marker["note"] =
        "oitgen is writing this folder; when that process is gone, the next run removes it";
  } else {
    marker["note"] =
        "oitgen wrote this folder and replaces it whole at the next run: files added here are "
        "lost then. This file is never published.";
  }
  return marker.dump(2) + "\n";
}

bool has_output_marker(const fs::path& folder) {
  return output_made_by(folder).has_value();
}

std::optional<std::string> output_made_by(const fs::path& folder) {
  const auto text = read_start(folder / output_marker_name, marker_limit);
  if (!text) return std::nullopt;
  const json marker = json::parse(*text, nullptr, false);
  if (!marker.is_object()) return std::nullopt;
  const auto format = marker.find("format");
  if (format == marker.end() || !format->is_string() || *format != marker_format)
    return std::nullopt;
  const auto made_by = marker.find("made_by");
  return made_by != marker.end() && made_by->is_string() ? made_by->get<std::string>() : "";
}

std::optional<std::string> read_start(const fs::path& file, std::size_t limit) {
  // POSIX rather than a stream: O_NOFOLLOW and O_NONBLOCK, so that a symbolic link is not
  // followed and a FIFO put in the marker's place cannot block the run.
  const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    bytes.emplace(std::min(limit, static_cast<std::size_t>(info.st_size)), '\0');
    limit = bytes->size();
    std::size_t got = 0;
    while (got < limit) {
      const ssize_t n = ::read(fd, bytes->data() + got, limit - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    bytes->resize(got);
  }
  ::close(fd);
  return bytes;
}

}  // namespace oitgen
