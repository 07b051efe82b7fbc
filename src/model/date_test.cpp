#include "model/date.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("ISO dates parse only when the day is real") {
  CHECK(parse_date("2023-03-30") == std::optional<Date>(Date{2023, 3, 30}));
  CHECK(parse_date("2024-02-29"));
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2023-02-30"));
  CHECK_FALSE(parse_date("2023-13-01"));
  CHECK_FALSE(parse_date("2023-3-30"));
  CHECK_FALSE(parse_date("30/03/2023"));
  CHECK(parse_date("1900-02-29") == std::nullopt);
  CHECK(parse_date("2000-02-29"));
}

TEST_CASE("fiscal years start on 1 October of the year before") {
  CHECK(fiscal_year_of({2022, 10, 1}) == 2566);
  CHECK(fiscal_year_of({2023, 9, 30}) == 2566);
  CHECK(fiscal_year_of({2023, 3, 30}) == 2566);
  CHECK(fiscal_year_start(2567) == Date{2023, 10, 1});
  CHECK(fiscal_year_end(2567) == Date{2024, 9, 30});
  CHECK(to_iso(fiscal_year_start(2566)) == "2022-10-01");
}

TEST_CASE("days are added across months, years and leap days") {
  CHECK(add_days({2024, 3, 31}, 90) == Date{2024, 6, 29});
  CHECK(add_days({2024, 9, 30}, 90) == Date{2024, 12, 29});
  CHECK(add_days({2024, 2, 28}, 1) == Date{2024, 2, 29});
  CHECK(add_days({2023, 2, 28}, 1) == Date{2023, 3, 1});
  CHECK(add_days({2024, 1, 1}, -1) == Date{2023, 12, 31});
}
