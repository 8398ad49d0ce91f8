// gnlc explain: what a rule checks, why, and how to fix it (gnlc-explain(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_explain(int argc, char** argv) {
  return run_command<gnlc::ExplainOptions>(
      "explain", "Explain a rule of gnlc check: what it checks, why, an example that fails, and the fix.", argc, argv,
      gnlc::run_explain, [](CLI::App& app, Common& common, gnlc::ExplainOptions& options) {
        app.add_option("rule", options.rule, "The rule's name, as printed in [brackets] by gnlc check")
            ->type_name("RULE");
        app.add_flag("-l,--list", options.list, "List every rule with its severity and summary");
        add_common(app, common, 0);
      });
}

}  // namespace gnlc::cli
