// The content checks of contact fields: e-mail, website, phone.
#include <gnlc/application.hpp>

#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <cctype>

namespace gnlc {
namespace {

bool has_space_or_control(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = util::decode_utf8(text, i);
    if (util::is_white_space(cp) || cp < 0x20 || cp == 0x7F) return true;
  }
  return false;
}

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// A DNS name of at least two labels: letters, digits and inner hyphens
// (non-ASCII letters allowed, for internationalised names).
bool is_host_name(std::string_view host) {
  const auto labels = util::split(host, '.');
  if (labels.size() < 2) return false;
  for (std::string_view label : labels) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!is_ascii_alnum(c) && c != '-' && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

bool is_ipv4(std::string_view host) {
  const auto parts = util::split(host, '.');
  if (parts.size() != 4) return false;
  for (std::string_view part : parts) {
    const auto value = util::parse_integer(part);
    if (!value || *value > 255 || part.size() > 3 || part.front() == '+' || part.front() == '-') return false;
  }
  return true;
}

}  // namespace

bool is_valid_email(std::string_view text) {
  if (text.empty() || has_space_or_control(text)) return false;
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view local = text.substr(0, at);
  const std::string_view domain = text.substr(at + 1);
  if (local.empty() || local.size() > 64) return false;
  if (local.find_first_of(",;<>()[]\\\":") != std::string_view::npos) return false;
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
  return is_host_name(domain);
}

bool is_valid_url(std::string_view text) {
  if (has_space_or_control(text)) return false;
  std::string_view rest;
  if (util::starts_with_ascii_ci(text, "https://"))
    rest = text.substr(8);
  else if (util::starts_with_ascii_ci(text, "http://"))
    rest = text.substr(7);
  else
    return false;
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  if (authority.find('@') != std::string_view::npos) return false;  // user:password@ hides the real host
  if (authority.starts_with('[')) {                                 // IPv6 literal
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos || close < 3) return false;
    const std::string_view after = authority.substr(close + 1);
    if (!after.empty() && (after[0] != ':' || !util::parse_integer(after.substr(1)))) return false;
    for (char c : authority.substr(1, close - 1))
      if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return false;
    return true;
  }
  if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    const auto port = util::parse_integer(authority.substr(colon + 1));
    if (!port || *port < 1 || *port > 65535) return false;
    authority = authority.substr(0, colon);
  }
  if (authority.ends_with('.')) authority.remove_suffix(1);  // a fully qualified name
  return is_host_name(authority) || is_ipv4(authority);
}

bool is_valid_phone(std::string_view text) {
  if (text.size() < 2 || text[0] != '+') return false;
  const std::string_view number = text.substr(1);
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!is_digit(number.front()) || !is_digit(number.back())) return false;
  std::size_t digits = 0;
  for (char c : number) {
    if (is_digit(c))
      ++digits;
    else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')')
      return false;
  }
  return digits >= 7 && digits <= 15;
}

}  // namespace gnlc
