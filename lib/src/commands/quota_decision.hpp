// The decision of `gnlc quota`, shared with `gnlc admit`, which records
// exactly what quota decides: one function, so the two cannot differ.
#pragma once

#include <gnlc/calendar.hpp>
#include <gnlc/commands.hpp>
#include <gnlc/quota.hpp>
#include <gnlc/registry.hpp>
#include <gnlc/scores.hpp>
#include <gnlc/util/files.hpp>
#include <gnlc/util/text_store.hpp>

#include <optional>
#include <vector>

namespace gnlc::commands {

// Everything the decision was made from. Not movable in practice:
// `calendar` may point into `calendar_storage`, and `result` into
// `candidates`, `scores` and `files`.
struct QuotaDecision {
  Day as_of;
  std::optional<Calendar> calendar_storage;
  const Calendar* calendar = nullptr;  // loaded from options.calendar unless the caller set it
  std::optional<Registry> members;     // loaded from options.members unless the caller set it
  std::optional<ScoresParse> scores;
  util::InputList files;              // of the batch: the candidates' paths
  util::TextStore texts;              // the candidates' cities
  std::vector<Candidate> candidates;  // the applications of the call decided
  int year = 0;
  QuotaResult result;
};

// Checks the applications as `gnlc check` does and decides the quota, as
// `gnlc quota` with the same options. Returns the exit status: success,
// or (after the error messages) a usage error.
int decide_quota(const QuotaOptions& options, Console& console, QuotaDecision& decision);

}  // namespace gnlc::commands
