// `history`: the saved decisions, newest first, as a table or as JSON.
#include "core/base/iso_time.h"
#include "core/base/text.h"
#include "core/cli/cli_output.h"
#include "core/cli/commands.h"
#include "core/cli/database_choice.h"
#include "core/model/explanations.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>

namespace advisor::cli {
namespace {

std::string twoDecimals(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

void printHistoryText(CliStreams s, const std::string& path,
                      const std::vector<DecisionSummary>& rows, const std::string& today) {
    if (rows.empty()) {
        s.out << "No saved decisions in " << path << ".\n";
        return;
    }
    // A tie is saved without a winner.
    const auto winnerOf = [](const DecisionSummary& r) {
        return r.winnerName.empty() ? std::string("Tie") : r.winnerName;
    };
    std::size_t winnerWidth = 6;
    for (const auto& r : rows)
        winnerWidth = std::max(winnerWidth, characterCount(winnerOf(r)));
    s.out << padded("ID", 6) << "  " << padded("Created", 10) << "  "
          << padded("Winner", winnerWidth) << "  " << padded("Verdict", 10) << "  "
          << padded("Margin", 6) << "  People  Title\n";
    for (const auto& r : rows) {
        s.out << padded(std::to_string(r.id), 6, Align::Right) << "  "
              << padded(r.createdAt.substr(0, 10), 10) << "  " << padded(winnerOf(r), winnerWidth)
              << "  "
              << padded(verdictLabel(r.verdict == "clear"  ? Verdict::Clear
                                     : r.verdict == "lean" ? Verdict::Lean
                                                           : Verdict::CloseCall),
                        10)
              << "  " << padded(twoDecimals(r.margin), 6) << "  "
              << padded(std::to_string(r.respondents), 6) << "  "
              << withoutControls(ellipsized(r.title.empty() ? "(untitled)" : r.title, 60));
        if (r.dueOn(today))
            s.out << "  [revisit due " << *r.revisitOn << "]";
        else if (r.hasOutcome)
            s.out << "  [reviewed]";
        s.out << '\n';
    }
    s.out << rows.size() << (rows.size() == 1 ? " decision" : " decisions") << " in " << path
          << ".\n";
}

} // namespace

int historyCommand(const HistoryArguments& args, CliStreams s, const CliEnvironment& env) {
    ListQuery query;
    query.search = args.search.value_or("");
    query.limit = args.limit.value_or(0);
    auto database = databaseFor(args.database, env);
    if (!database)
        return fail(s, database.error());
    const std::string* path = &database->path;

    // Listing never creates a database: a missing file is simply an empty history.
    std::vector<DecisionSummary> rows;
    std::error_code ec;
    if (std::filesystem::exists(*path, ec)) {
        auto store = openStore(*database, s);
        if (!store)
            return fail(s, store.error());
        auto listed = store->list(query);
        if (!listed)
            return fail(s, listed.error());
        rows = std::move(listed).value();
    }
    const std::string today = isoUtcDate(nowFrom(env));
    if (!args.json) {
        printHistoryText(s, *path, rows, today);
        return kExitOk;
    }
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const auto& r : rows)
        list.push_back(
            Json{{"id", r.id},
                 {"title", r.title},
                 {"created", r.createdAt},
                 {"updated", r.updatedAt},
                 {"winner", r.winner},
                 {"winner_name", r.winnerName},
                 {"respondents", r.respondents},
                 {"verdict", r.verdict},
                 {"margin", std::round(r.margin * 1e4) / 1e4},
                 {"confidence",
                  r.confidence ? Json(std::round(*r.confidence * 1e4) / 1e4) : Json(nullptr)},
                 {"revisit_on", r.revisitOn ? Json(*r.revisitOn) : Json(nullptr)},
                 {"revisit_due", r.dueOn(today)},
                 {"outcome_recorded", r.hasOutcome}});
    const Json out{{"format", "backend-advisor/history"},
                   {"format_version", 1},
                   {"database", *path},
                   {"decisions", std::move(list)}};
    s.out << out.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    return kExitOk;
}

} // namespace advisor::cli
