// A fixed-size digest of a string, for indexes that must cost the same
// per entry however long the strings are (the batch rules' cross-file
// index of city identities: 3,000 files with 64 KB names kept 610 MB).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace gnlc::util {

// 128 bits: two SipHash-2-4 values of the text under two fixed keys. Two
// different strings share a digest with probability about 2^-128; the
// digest is not a secret, only a short stand-in for the text.
struct Digest {
  std::uint64_t high = 0, low = 0;
  friend bool operator==(const Digest&, const Digest&) = default;
};

Digest digest(std::string_view text);

struct DigestHash {
  std::size_t operator()(const Digest& d) const noexcept { return std::size_t(d.low ^ (d.high * 0x9E3779B97F4A7C15u)); }
};

}  // namespace gnlc::util
