#include <gnlc/util/digest.hpp>

#include <cstring>

namespace gnlc::util {
namespace {

constexpr std::uint64_t rotate(std::uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }

// SipHash-2-4 (Aumasson and Bernstein), 64-bit output.
std::uint64_t siphash(std::string_view text, std::uint64_t k0, std::uint64_t k1) {
  std::uint64_t v0 = 0x736f6d6570736575u ^ k0, v1 = 0x646f72616e646f6du ^ k1;
  std::uint64_t v2 = 0x6c7967656e657261u ^ k0, v3 = 0x7465646279746573u ^ k1;
  const auto round = [&] {
    v0 += v1, v1 = rotate(v1, 13), v1 ^= v0, v0 = rotate(v0, 32);
    v2 += v3, v3 = rotate(v3, 16), v3 ^= v2;
    v0 += v3, v3 = rotate(v3, 21), v3 ^= v0;
    v2 += v1, v1 = rotate(v1, 17), v1 ^= v2, v2 = rotate(v2, 32);
  };
  const auto absorb = [&](std::uint64_t m) {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  };
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t m = 0;
    for (int b = 7; b >= 0; --b) m = (m << 8) | static_cast<unsigned char>(text[i + std::size_t(b)]);
    absorb(m);
  }
  std::uint64_t last = std::uint64_t(text.size() & 0xFF) << 56;
  for (std::size_t b = 0; i + b < text.size(); ++b)
    last |= std::uint64_t(static_cast<unsigned char>(text[i + b])) << (8 * b);
  absorb(last);
  v2 ^= 0xFF;
  for (int r = 0; r < 4; ++r) round();
  return v0 ^ v1 ^ v2 ^ v3;
}

}  // namespace

Digest digest(std::string_view text) {
  return {siphash(text, 0x0706050403020100u, 0x0F0E0D0C0B0A0908u),
          siphash(text, 0x676E6C632D636974u, 0x79746E6564692D31u)};
}

}  // namespace gnlc::util
