#include "util/bounded_body.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("a bounded body takes bytes up to its limit and ends the transfer beyond it") {
  BoundedBody body(10);
  char data[] = "0123456789abc";
  CHECK(BoundedBody::write(data, 1, 6, &body) == 6);
  CHECK(BoundedBody::write(data + 6, 1, 4, &body) == 4);  // exactly the limit
  CHECK_FALSE(body.exceeded);
  CHECK(body.bytes == "0123456789");
  CHECK(BoundedBody::write(data + 10, 1, 1, &body) == 0);
  CHECK(body.exceeded);
  CHECK(body.bytes == "0123456789");

  BoundedBody counted(3, false);
  CHECK(BoundedBody::write(data, 1, 3, &counted) == 3);
  CHECK(counted.bytes.empty());
  CHECK(counted.received == 3);
  CHECK(BoundedBody::write(data, 2, 1, &counted) == 0);

  BoundedBody nothing(0, false);  // no body wanted at all
  CHECK(BoundedBody::write(data, 1, 1, &nothing) == 0);
  CHECK(nothing.exceeded);
}

TEST_CASE("limits read as people say them") {
  CHECK(limit_text(16 * 1024 * 1024) == "16 MiB");
  CHECK(limit_text(64 * 1024) == "64 KiB");
  CHECK(limit_text(1000) == "1000 bytes");
  CHECK(limit_text(1) == "1 byte");
}
