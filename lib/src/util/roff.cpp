#include <gnlc/util/roff.hpp>
#include <gnlc/util/strings.hpp>

#include <array>
#include <utility>
#include <vector>

namespace gnlc::util {
namespace {

constexpr std::size_t section_indent = 7;

std::string resolve_escapes(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> named{{{"aq", "'"},
                                                                                       {"dq", "\""},
                                                                                       {"lq", "\u201c"},
                                                                                       {"rq", "\u201d"},
                                                                                       {"em", "\u2014"},
                                                                                       {"en", "\u2013"},
                                                                                       {"bu", "\u2022"},
                                                                                       {"co", "\u00a9"}}};
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      result += text[i];
      continue;
    }
    const char next = text[++i];
    if (next == 'f' && i + 1 < text.size()) {
      ++i;  // a font change: plain text has one font
    } else if (next == '(' && i + 2 < text.size()) {
      const std::string_view name = text.substr(i + 1, 2);
      i += 2;
      for (const auto& [key, value] : named)
        if (key == name) result += value;
    } else if (next == 'e') {
      result += '\\';
    } else if (next == '-' || next == ' ') {
      result += next;
    }  // \& and \: (zero-width) and anything else: nothing
  }
  return result;
}

// A request's arguments: words, or "quoted words" as one.
std::vector<std::string> arguments(std::string_view line) {
  std::vector<std::string> result;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i == line.size()) break;
    std::string word;
    if (line[i] == '"') {
      for (++i; i < line.size() && line[i] != '"'; ++i) word += line[i];
      ++i;
    } else {
      for (; i < line.size() && line[i] != ' '; ++i) word += line[i];
    }
    result.push_back(std::move(word));
  }
  return result;
}

class Renderer {
 public:
  explicit Renderer(std::size_t width) : width_(width) {}

  void heading(const std::string& title, std::size_t indent) {
    flush();
    if (!out_.empty()) out_ += "\n";
    out_ += std::string(indent, ' ') + title + "\n";
    blank_pending_ = false;
  }
  void paragraph() {
    flush();
    blank_pending_ = true;
    hanging_ = 0;
  }
  // The tag of .TP or .IP at the margin, the text after it indented.
  void tag(const std::string& text, std::size_t indent) {
    flush();
    blank();
    if (!text.empty()) out_ += std::string(margin_, ' ') + text + "\n";
    blank_pending_ = false;
    hanging_ = indent;
  }
  void line_break() { flush(); }
  void shift(int steps) {
    flush();
    margin_ = std::size_t(std::max(int(section_indent), int(margin_) + steps * int(section_indent)));
  }
  void verbatim(const std::string& line) {
    flush();
    blank();
    out_ += std::string(margin_ + hanging_, ' ') + line + "\n";
  }
  void end_verbatim() { blank_pending_ = true; }
  void text(const std::string& words) { words_ += " " + words; }
  void reset_margin() {
    flush();
    margin_ = section_indent;
    hanging_ = 0;
  }
  std::string finish() {
    flush();
    return std::move(out_);
  }

 private:
  void blank() {
    if (blank_pending_ && !out_.empty()) out_ += "\n";
    blank_pending_ = false;
  }
  void flush() {
    if (words_.find_first_not_of(' ') == std::string::npos) {
      words_.clear();
      return;
    }
    blank();
    const std::size_t indent = margin_ + hanging_;
    out_ += std::string(indent, ' ') + fill_words(words_, width_, indent) + "\n";
    words_.clear();
  }

  std::size_t width_;
  std::size_t margin_ = section_indent;
  std::size_t hanging_ = 0;
  bool blank_pending_ = false;
  std::string words_;  // of the paragraph being filled
  std::string out_;
};

}  // namespace

std::string render_man_page(std::string_view roff, std::size_t width) {
  Renderer renderer(width);
  bool in_example = false;
  bool tag_next = false;
  for (std::string_view raw : split(roff, '\n')) {
    if (raw.starts_with(".\\\"") || raw.starts_with("'\\\"")) continue;
    if (in_example) {
      if (raw.starts_with(".EE")) {
        in_example = false;
        renderer.end_verbatim();
      } else {
        renderer.verbatim(resolve_escapes(raw));
      }
      continue;
    }
    std::string text;
    if (raw.starts_with('.')) {
      const std::size_t space = raw.find(' ');
      const std::string_view request = raw.substr(1, space == std::string_view::npos ? raw.npos : space - 1);
      const std::vector<std::string> args =
          arguments(space == std::string_view::npos ? std::string_view{} : raw.substr(space + 1));
      if (request == "TH") {
        if (args.size() >= 2) renderer.heading(resolve_escapes(args[0]) + "(" + args[1] + ")", 0);
        continue;
      }
      if (request == "SH" || request == "SS") {
        std::string title;
        for (const std::string& arg : args) title += (title.empty() ? "" : " ") + resolve_escapes(arg);
        renderer.reset_margin();
        renderer.heading(title, request == "SH" ? 0 : 3);
        continue;
      }
      if (request == "PP" || request == "P" || request == "LP") {
        renderer.paragraph();
        continue;
      }
      if (request == "TP") {
        tag_next = true;
        renderer.paragraph();
        continue;
      }
      if (request == "IP") {
        renderer.tag(args.empty() ? std::string{} : resolve_escapes(args[0]), 4);
        continue;
      }
      if (request == "RS" || request == "RE") {
        renderer.shift(request == "RS" ? 1 : -1);
        continue;
      }
      if (request == "br") {
        renderer.line_break();
        continue;
      }
      if (request == "EX") {
        in_example = true;
        continue;
      }
      // Font requests: B and I join their words with spaces, the
      // alternating ones (BR, IR, RB, ...) join them without.
      const bool alternating = request.size() == 2 && std::string_view("BIR").find(request[0]) != request.npos &&
                               std::string_view("BIR").find(request[1]) != request.npos;
      if (request == "B" || request == "I" || alternating) {
        for (const std::string& arg : args) text += (alternating || text.empty() ? "" : " ") + resolve_escapes(arg);
      } else {
        continue;  // a request plain text has no use for
      }
    } else {
      text = resolve_escapes(raw);
    }
    if (tag_next) {
      renderer.tag(text, section_indent);
      tag_next = false;
    } else {
      renderer.text(text);
    }
  }
  return renderer.finish();
}

}  // namespace gnlc::util
