#pragma once
// The image formats a site's logo may be (PNG, JPEG, SVG): told by the file's name and by its
// first bytes, which must agree, and for SVG whether it is inert (no script can run when the
// file is opened on its own).

#include <optional>
#include <string_view>

namespace oitgen {

enum class ImageType { png, jpeg, svg };

// By the file name's extension, in any case: .png, .jpg or .jpeg, .svg; nothing for another.
std::optional<ImageType> image_type_of_name(std::string_view name);
// By the bytes: the PNG signature, a JPEG start of image, or an <svg> element at the start of
// an XML text (after an optional byte order mark, XML declaration, comments and doctype).
std::optional<ImageType> image_type_of_bytes(std::string_view bytes);
// "image/png", "image/jpeg", "image/svg+xml".
const char* media_type(ImageType type);
// "PNG", "JPEG", "SVG", as messages name them.
const char* image_type_name(ImageType type);

// Whether an SVG holds nothing that runs: no <script>, no <foreignObject>, no event handler
// attribute (onload=...), no javascript: link. A browser runs these when the file is opened
// at its own address, on the site's origin.
bool svg_is_inert(std::string_view svg);

}  // namespace oitgen
