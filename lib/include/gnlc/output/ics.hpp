// iCalendar (RFC 5545) output: one all-day event per date, CRLF line ends,
// lines folded at 75 octets, text values escaped.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/util/output.hpp>

#include <string>
#include <string_view>

namespace gnlc::output {

struct IcsEvent {
  std::string uid;  // unique and stable: the same event has the same UID in every run
  Day day;
  std::string summary;
  std::string description;
};

class IcsWriter {
 public:
  // `stamp` is the DTSTAMP of every event: the as-of day, so that the same
  // inputs give the same file.
  IcsWriter(util::Writer& out, std::string_view calendar_name, Day stamp);
  void event(const IcsEvent& event);
  void finish();

 private:
  void line(std::string_view content);

  util::Writer& out_;
  std::string stamp_;
};

// Escapes backslash, semicolon, comma and newlines (RFC 5545, 3.3.11).
std::string ics_escape(std::string_view text);

}  // namespace gnlc::output
