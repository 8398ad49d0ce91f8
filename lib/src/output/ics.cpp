#include <gnlc/output/ics.hpp>

#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>
#include <gnlc/version.hpp>

#include <fmt/format.h>

namespace gnlc::output {

std::string ics_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = util::decode_utf8(text, i);
    switch (cp) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        // RFC 5545 forbids control characters in text values; C1 and
        // bidirectional controls would reorder or hide what a calendar shows.
        if (util::is_unsafe_code_point(cp))
          out.push_back(' ');
        else
          out.append(text.substr(start, i - start));
    }
  }
  return out;
}

IcsWriter::IcsWriter(util::Writer& out, std::string_view calendar_name, Day stamp)
    : out_(out), stamp_(format_compact_day(stamp) + "T000000Z") {
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line(fmt::format("PRODID:-//gnlc//gnlc {}//EN", version()));
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + ics_escape(calendar_name));
}

void IcsWriter::event(const IcsEvent& event) {
  line("BEGIN:VEVENT");
  line("UID:" + ics_escape(event.uid));
  line("DTSTAMP:" + stamp_);
  line("DTSTART;VALUE=DATE:" + format_compact_day(event.day));
  line("DTEND;VALUE=DATE:" + format_compact_day(event.day + date::days{1}));
  line("SUMMARY:" + ics_escape(event.summary));
  if (!event.description.empty()) line("DESCRIPTION:" + ics_escape(event.description));
  line("TRANSP:TRANSPARENT");
  line("END:VEVENT");
}

void IcsWriter::finish() { line("END:VCALENDAR"); }

// Folds at 75 octets without splitting a UTF-8 sequence (RFC 5545, 3.1).
void IcsWriter::line(std::string_view content) {
  std::string folded;
  std::size_t width = 0;
  for (std::size_t i = 0; i < content.size();) {
    std::size_t next = i;
    util::decode_utf8(content, next);
    const std::size_t length = next - i;
    if (width + length > 75) {
      folded += "\r\n ";
      width = 1;
    }
    folded.append(content.substr(i, length));
    width += length;
    i = next;
  }
  folded += "\r\n";
  out_.write(folded);
}

}  // namespace gnlc::output
