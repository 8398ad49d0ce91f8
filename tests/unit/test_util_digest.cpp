// util/digest: a fixed-size stand-in for a string in an index.
#include <doctest/doctest.h>
#include <gnlc/util/digest.hpp>

#include <string>
#include <unordered_set>

using gnlc::util::digest;

TEST_CASE("digest") {
  // The first key is the reference one of the SipHash paper: its test
  // vectors (messages 00, 00 01, ...) hold for the high half.
  CHECK(digest("").high == 0x726fdb47dd0e0e31u);
  CHECK(digest(std::string("\x00", 1)).high == 0x74f839c593dc67fdu);
  std::string fifteen;
  for (char c = 0; c < 15; ++c) fifteen.push_back(c);
  CHECK(digest(fifteen).high == 0xa129ca6149be45e5u);
  CHECK(digest("Kuopio") == digest("Kuopio"));
  CHECK_FALSE(digest("Kuopio") == digest("Kuopio "));
  // A long name costs the same 16 bytes as a short one, and similar names
  // stay apart.
  std::unordered_set<gnlc::util::Digest, gnlc::util::DigestHash> seen;
  for (int i = 0; i < 10000; ++i) seen.insert(digest(std::string(65536, 'x') + std::to_string(i)));
  CHECK(seen.size() == 10000);
}
