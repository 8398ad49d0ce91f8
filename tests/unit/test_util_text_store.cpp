// util::TextStore: texts kept in blocks that never move.
#include <doctest/doctest.h>
#include <gnlc/util/text_store.hpp>

#include <string>
#include <vector>

using gnlc::util::TextStore;

TEST_CASE("TextStore keeps each text where it first put it") {
  TextStore store;
  CHECK(store.keep("").empty());
  CHECK(store.keep("Kisumu", "Kenya") == "KisumuKenya");
  // Three MiB of texts: past the first block, and the views taken before
  // still read the same.
  std::vector<std::string_view> views;
  std::vector<std::string> texts;
  for (int i = 0; i < 100'000; ++i) {
    texts.push_back("Learning City " + std::to_string(i) + std::string(std::size_t(i % 7), '.'));
    views.push_back(store.keep(texts.back()));
  }
  const std::string long_text(3 << 20, 'x');  // longer than a block: one of its own
  const std::string_view long_view = store.keep(long_text, "y");
  const std::string_view after = store.keep("after");
  for (std::size_t i = 0; i < texts.size(); ++i) REQUIRE(views[i] == texts[i]);
  CHECK(long_view.size() == long_text.size() + 1);
  CHECK(long_view.substr(0, long_text.size()) == long_text);
  CHECK(long_view.back() == 'y');
  CHECK(after == "after");
  CHECK(store.keep({}, "second") == "second");
}
