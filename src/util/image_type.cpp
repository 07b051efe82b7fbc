#include "util/image_type.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace oitgen {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':';
}

}  // namespace

std::optional<ImageType> image_type_of_name(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || name.find('/', dot) != std::string_view::npos)
    return std::nullopt;
  const std::string extension = lower(name.substr(dot + 1));
  if (extension == "png") return ImageType::png;
  if (extension == "jpg" || extension == "jpeg") return ImageType::jpeg;
  if (extension == "svg") return ImageType::svg;
  return std::nullopt;
}

std::optional<ImageType> image_type_of_bytes(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return ImageType::png;
  if (bytes.starts_with("\xff\xd8\xff")) return ImageType::jpeg;
  std::string_view rest = bytes;
  if (rest.starts_with("\xef\xbb\xbf")) rest.remove_prefix(3);
  // Skips what may stand before the root element: white space, <?xml ...?>, <!-- ... -->,
  // <!DOCTYPE ...>; the first element must be <svg.
  for (int steps = 0; steps < 64; ++steps) {
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
    std::string_view end;
    if (rest.starts_with("<?"))
      end = "?>";
    else if (rest.starts_with("<!--"))
      end = "-->";
    else if (rest.starts_with("<!"))
      end = ">";
    else
      break;
    const auto at = rest.find(end, 2);
    if (at == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(at + end.size());
  }
  if (rest.starts_with("<svg") && rest.size() > 4 && (is_space(rest[4]) || rest[4] == '>'))
    return ImageType::svg;
  return std::nullopt;
}

const char* media_type(ImageType type) {
  switch (type) {
    case ImageType::png:
      return "image/png";
    case ImageType::jpeg:
      return "image/jpeg";
    case ImageType::svg:
      return "image/svg+xml";
  }
  return "application/octet-stream";
}

const char* image_type_name(ImageType type) {
  switch (type) {
    case ImageType::png:
      return "PNG";
    case ImageType::jpeg:
      return "JPEG";
    case ImageType::svg:
      return "SVG";
  }
  return "";
}

bool svg_is_inert(std::string_view svg) {
  const std::string text = lower(svg);
  if (text.find("<script") != std::string::npos || text.find(":script") != std::string::npos ||
      text.find("foreignobject") != std::string::npos ||
      text.find("javascript:") != std::string::npos)
    return false;
  // An attribute whose name starts with "on" (onload, onclick, ...): " on" or a quote before it,
  // a name, optional spaces, then "=".
  for (std::size_t at = text.find("on"); at != std::string::npos; at = text.find("on", at + 2)) {
    if (at == 0 || !(is_space(text[at - 1]) || text[at - 1] == '"' || text[at - 1] == '\'' ||
                     text[at - 1] == '/'))
      continue;
    std::size_t end = at + 2;
    while (end < text.size() && is_name_char(text[end])) ++end;
    if (end == at + 2) continue;
    while (end < text.size() && is_space(text[end])) ++end;
    if (end < text.size() && text[end] == '=') return false;
  }
  return true;
}

}  // namespace oitgen
