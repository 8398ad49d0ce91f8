#include <doctest/doctest.h>
#include <gnlc/dates.hpp>
TEST_CASE("one_month_after") { CHECK(gnlc::one_month_after(gnlc::make_day(2025, 4, 30)) == gnlc::make_day(2025, 5, 31)); }
