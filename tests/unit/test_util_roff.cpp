// util/roff: manual pages as plain text (gnlc help TOPIC without man).
#include <doctest/doctest.h>
#include <gnlc/util/roff.hpp>

using gnlc::util::render_man_page;

TEST_CASE("render_man_page") {
  CHECK(render_man_page(".TH GNLC\\-X 5 2025-01-01 gnlc\n") == "GNLC-X(5)\n");
  CHECK(render_man_page(".SH NAME\ngnlc\\-x \\- a format\n") == "NAME\n       gnlc-x - a format\n");
  CHECK(render_man_page(".\\\" a comment\n.SH A\none\n.SH B\ntwo\n") == "A\n       one\n\nB\n       two\n");
  // Fonts dropped; B joins its words with spaces, BR and the others without.
  CHECK(render_man_page(".SH A\n.B gnlc check\nreads\n.BR gnlc\\-registry (5).\n") ==
        "A\n       gnlc check reads gnlc-registry(5).\n");
  CHECK(render_man_page(".SH A\n\\fBbold\\fR \\(lqq\\(rq \\(aqa\\(aq \\e \\&.x\n") ==
        "A\n       bold \u201cq\u201d 'a' \\ .x\n");
  // Filled to the width, continuation lines at the same indent.
  CHECK(render_man_page(".SH A\naaaa bbbb cccc dddd\n", 20) == "A\n       aaaa bbbb\n       cccc dddd\n");
  // .TP: the tag at the margin, its text below, indented.
  CHECK(render_man_page(".SH OPTIONS\n.TP\n.BI \\-\\-format \" FMT\"\nThe output.\n") ==
        "OPTIONS\n\n       --format FMT\n              The output.\n");
  // .PP: a blank line; .EX: lines as written, not filled.
  CHECK(render_man_page(".SH A\none\n.PP\ntwo\n.PP\n.EX\nx  =  1\n.EE\n") ==
        "A\n       one\n\n       two\n\n       x  =  1\n");
  // Requests plain text has no use for are left out.
  CHECK(render_man_page(".SH A\n.ad l\n.nh\nword\n") == "A\n       word\n");
}
