// Helpers shared by the unit tests: a scratch directory that removes
// itself, small file helpers, and the text of a valid application.
#pragma once

#include <gnlc/diagnostic.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc::test {

using Lines = std::vector<std::string>;

// "rule line:column" of every diagnostic, in order: one line says what
// was found and where, so that a CHECK compares all of it at once.
inline Lines rule_positions(const Diagnostics& diagnostics) {
  Lines out;
  for (const Diagnostic& d : diagnostics)
    out.push_back(std::string(d.rule) + " " + std::to_string(d.position.line) + ":" +
                  std::to_string(d.position.column));
  return out;
}

// The same, with the severity first: "warning unknown-field 19:1".
inline Lines severity_rule_positions(const Diagnostics& diagnostics) {
  Lines out;
  for (const Diagnostic& d : diagnostics)
    out.push_back(std::string(severity_name(d.severity)) + " " + rule_positions({d}).front());
  return out;
}

// A fresh directory under the system's temporary directory, removed with
// everything in it when the object goes out of scope.
class TempDirectory {
 public:
  TempDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "gnlc-unit-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory");
    path_ = pattern;
  }
  ~TempDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(std::string_view name) const { return path_ + "/" + std::string(name); }

 private:
  std::string path_;
};

inline void write_file(const std::string& path, std::string_view content) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) throw std::runtime_error("cannot write " + path);
  const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  if (std::fclose(file) != 0 || !written) throw std::runtime_error("cannot write " + path);
}

inline std::string read_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw std::runtime_error("cannot read " + path);
  std::string content;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) content.append(buffer, n);
  std::fclose(file);
  return content;
}

// `text` with the first occurrence of `from` replaced by `to`; throws when
// `from` is absent, so that a test never checks an unchanged text by mistake.
inline std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  if (at == std::string_view::npos) throw std::logic_error(std::string("text to replace not found: ").append(from));
  std::string out(text);
  out.replace(at, from.size(), to);
  return out;
}

// A complete, valid application for the 2025 call (application.md's
// example moved into the 2025 window). The line numbers are part of the
// tests: keep the layout.
inline constexpr std::string_view valid_application =
    "format = 1\n"                                                               //  1
    "call = 2025\n"                                                              //  2
    "\n"                                                                         //  3
    "[city]\n"                                                                   //  4
    "name = \"Sønderborg\"\n"                                                    //  5
    "country = \"DK\"\n"                                                         //  6
    "website = \"https://www.sonderborg.dk\"\n"                                  //  7
    "\n"                                                                         //  8
    "[mayor]\n"                                                                  //  9
    "salutation = \"Mr\"\n"                                                      // 10
    "name = \"Jensen, Erik\"\n"                                                  // 11
    "title = \"Mayor of Sønderborg Municipality\"\n"                             // 12
    "\n"                                                                         // 13
    "[contact]\n"                                                                // 14
    "salutation = \"Ms\"\n"                                                      // 15
    "name = \"Holm, Anne\"\n"                                                    // 16
    "title = \"Head of Lifelong Learning\"\n"                                    // 17
    "address = \"Rådhustorvet 10, Sønderborg\"\n"                                // 18
    "postcode = \"6400\"\n"                                                      // 19
    "phone = \"+45 88 72 00 00\"\n"                                              // 20
    "email = \"learning@sonderborg.dk\"\n"                                       // 21
    "language = \"English\"\n"                                                   // 22
    "\n"                                                                         // 23
    "[pledge]\n"                                                                 // 24
    "beijing_declaration = true\n"                                               // 25
    "key_features = true\n"                                                      // 26
    "signed = 2025-05-19\n"                                                      // 27
    "stamp = true\n"                                                             // 28
    "\n"                                                                         // 29
    "[profile]\n"                                                                // 30
    "data_year = 2024\n"                                                         // 31
    "population = 74000\n"                                                       // 32
    "area_km2 = 496.6\n"                                                         // 33
    "\n"                                                                         // 34
    "[statement]\n"                                                              // 35
    "motivation = \"Sønderborg wants every resident to keep learning.\"\n"       // 36
    "implementation = \"Our learning partnership: https://example.org/plan\"\n"  // 37
    "\n"                                                                         // 38
    "[challenges]\n"                                                             // 39
    "literacy = 2\n"                                                             // 40
    "health_and_well_being = 3\n"                                                // 41
    "entrepreneurship = 4\n"                                                     // 42
    "\n"                                                                         // 43
    "[interests]\n"                                                              // 44
    "clusters = [\"entrepreneurship\", \"health_and_well_being\"]\n"             // 45
    "\n"                                                                         // 46
    "[submission]\n"                                                             // 47
    "date = 2025-05-20\n"                                                        // 48
    "\n"                                                                         // 49
    "[endorsement]\n"                                                            // 50
    "commission = \"Danish National Commission for UNESCO\"\n"                   // 51
    "signatory = \"Nielsen, Karen\"\n"                                           // 52
    "date = 2025-06-20\n"                                                        // 53
    "decision = \"endorsed\"\n"                                                  // 54
    "priority = 1\n"                                                             // 55
    "forwarded = 2025-06-23\n";                                                  // 56

// The same application without its [endorsement] table (lines 50-56).
inline std::string without_endorsement(std::string_view text) {
  const std::size_t at = text.find("\n[endorsement]\n");
  if (at == std::string_view::npos) throw std::logic_error("no [endorsement] table");
  return std::string(text.substr(0, at + 1));
}

}  // namespace gnlc::test
