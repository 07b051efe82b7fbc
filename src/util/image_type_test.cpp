#include "util/image_type.h"

#include <doctest/doctest.h>

#include <string>

using namespace oitgen;

TEST_CASE("an image's type comes from its name's extension, in any case") {
  CHECK(image_type_of_name("static/emblem.png") == ImageType::png);
  CHECK(image_type_of_name("static/EMBLEM.PNG") == ImageType::png);
  CHECK(image_type_of_name("logo.jpg") == ImageType::jpeg);
  CHECK(image_type_of_name("logo.JPEG") == ImageType::jpeg);
  CHECK(image_type_of_name("static/logo.svg") == ImageType::svg);
  CHECK_FALSE(image_type_of_name("logo.gif"));
  CHECK_FALSE(image_type_of_name("logo.svg.html"));
  CHECK_FALSE(image_type_of_name("static.png/logo"));
  CHECK_FALSE(image_type_of_name("logo"));
}

TEST_CASE("an image's type comes from its first bytes") {
  CHECK(image_type_of_bytes(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) == ImageType::png);
  CHECK(image_type_of_bytes("\xff\xd8\xff\xe0\0\x10JFIF") == ImageType::jpeg);
  CHECK(image_type_of_bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>") == ImageType::svg);
  CHECK(image_type_of_bytes("\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- made by hand -->\n"
                            "<!DOCTYPE svg>\n<svg>\n</svg>") == ImageType::svg);
  CHECK_FALSE(image_type_of_bytes("GIF89a"));
  CHECK_FALSE(image_type_of_bytes("<html><svg></svg></html>"));
  CHECK_FALSE(image_type_of_bytes("<svgx>"));
  CHECK_FALSE(image_type_of_bytes("<!-- never closed"));
  CHECK_FALSE(image_type_of_bytes(""));
  CHECK(media_type(ImageType::svg) == std::string("image/svg+xml"));
  CHECK(image_type_name(ImageType::jpeg) == std::string("JPEG"));
}

TEST_CASE("an SVG that could run script is not inert") {
  CHECK(svg_is_inert(
      "<svg viewBox=\"0 0 32 32\"><path d=\"M0 0h32v32H0z\" fill=\"#17396b\"/></svg>"));
  CHECK(svg_is_inert("<svg><title>Emblem of Don Kaeo</title><g class=\"icon\"/></svg>"));
  CHECK_FALSE(svg_is_inert("<svg><script>alert(1)</script></svg>"));
  CHECK_FALSE(svg_is_inert("<svg><SCRIPT>alert(1)</SCRIPT></svg>"));
  CHECK_FALSE(svg_is_inert("<svg><svg:script>x</svg:script></svg>"));
  CHECK_FALSE(svg_is_inert("<svg onload=\"alert(1)\"></svg>"));
  CHECK_FALSE(svg_is_inert("<svg><rect ONCLICK = 'x'/></svg>"));
  CHECK_FALSE(svg_is_inert("<svg><a href=\"javascript:alert(1)\"><rect/></a></svg>"));
  CHECK_FALSE(svg_is_inert("<svg><foreignObject><p>x</p></foreignObject></svg>"));
}
