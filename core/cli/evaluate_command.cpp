// `evaluate FILE` and `group FILE...`: the same options and outputs, one input or several.
#include "core/base/atomic_file.h"
#include "core/base/json_io.h"
#include "core/cli/cli_output.h"
#include "core/cli/commands.h"
#include "core/cli/database_choice.h"
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/group/group_input.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/report/json_report.h"
#include "core/report/report_writers.h"
#include "core/report/text_summary.h"

#include <filesystem>
#include <ostream>

namespace advisor::cli {
namespace {

// An answers file or a JSON report (or several answers files), ready to evaluate.
struct EvaluationInput {
    AnswerSet answers;
    MonteCarloSettings settings;
};

Result<EvaluationInput> loadInput(const std::string& path, const KnowledgeBase& kb, CliStreams s) {
    auto json = loadJsonFile(path);
    if (!json)
        return json.error();
    EvaluationInput input;
    if (isJsonReport(*json)) {
        auto report = parseJsonReport(*json, kb, path);
        if (!report)
            return report.error();
        if (report->kbHash != kb.hash)
            warn(s, path + " was made with knowledge base " + report->kbVersion + " (" +
                        report->kbHash + "); this run uses " + kb.version + " (" + kb.hash +
                        "), so the result may differ");
        input.answers = std::move(report->answers);
        input.settings.seed = report->settings.seed;
        input.settings.samples = report->settings.samples;
        return input;
    }
    if (json->is_object() && json->contains("format") && (*json)["format"].is_string() &&
        (*json)["format"] == "backend-advisor/evaluation")
        return Error{path, "/format",
                     "this is `evaluate --json` output, which cannot be evaluated again; write a "
                     "JSON report with --report FILE.json instead"};
    auto answers = parseAnswers(*json, kb, path);
    if (!answers)
        return answers.error();
    input.answers = std::move(answers).value();
    for (const auto& warning : knowledgeBaseWarnings(input.answers, kb, path))
        warn(s, warning);
    return input;
}

Result<EvaluationInput> loadGroupInput(const std::vector<std::string>& paths,
                                       const KnowledgeBase& kb, CliStreams s) {
    std::vector<std::string> warnings;
    auto group = loadGroup(paths, kb, &warnings);
    if (!group)
        return group.error();
    for (const auto& warning : warnings)
        warn(s, warning);
    return EvaluationInput{std::move(group).value(), {}};
}

// Everything `evaluate` checks about the report's file before it writes anything.
Status checkReportTarget(const std::string& report, const std::string& input) {
    if (auto ok = checkWritableTarget(report); !ok) {
        auto error = ok.error();
        error.field = "--report";
        return error;
    }
    std::error_code ec;
    if (std::filesystem::equivalent(report, input, ec))
        return Error{report, "--report", "is the input file; choose another name"};
    return Ok{};
}

} // namespace

int evaluateCommand(const EvaluateArguments& args, CliStreams s, const CliEnvironment& env) {
    auto writers = builtInReportWriters();
    for (const auto& [ext, writer] : env.reportWriters)
        writers[ext] = writer;
    ReportWriter writeReport;
    if (args.report) {
        auto writer = reportWriterFor(*args.report, writers);
        if (!writer)
            return fail(s, writer.error());
        for (const auto& input : args.files)
            if (auto ok = checkReportTarget(*args.report, input); !ok)
                return fail(s, ok.error());
        writeReport = *writer;
    }

    auto kb = args.kb ? loadKnowledgeBase(*args.kb) : Result<KnowledgeBase>(builtInKnowledgeBase());
    if (!kb)
        return fail(s, kb.error());
    auto input =
        args.group ? loadGroupInput(args.files, *kb, s) : loadInput(args.files.front(), *kb, s);
    if (!input)
        return fail(s, input.error());
    EngineOptions options;
    options.monteCarlo.seed = args.seed.value_or(input->settings.seed);
    options.monteCarlo.samples = args.samples.value_or(input->settings.samples);

    // The database is checked before anything is written, and opened (created if new) only
    // once the report, if any, is written: a refused --db leaves no report and no database.
    std::optional<DatabaseChoice> database;
    if (args.save) {
        auto db = databaseFor(args.database, env);
        if (!db)
            return fail(s, db.error());
        if (auto usable = DecisionStore::checkUsable(db->path, db->options); !usable)
            return fail(s, usable.error());
        database = std::move(db).value();
    }

    const auto ev = evaluate(*kb, input->answers, options);
    if (writeReport) {
        const ReportInput report{*kb, input->answers, ev, options.monteCarlo, nowFrom(env)};
        if (auto ok = writeReport(report, *args.report); !ok) {
            // Its target was checked: what fails now is the disk or the writer.
            Error error = ok.error();
            error.kind = ErrorKind::Environment;
            return fail(s, error);
        }
    }
    if (database) {
        auto store = openStore(*database, s);
        if (!store)
            return fail(s, store.error());
        auto id = store->save(makeDecision(*kb, input->answers, ev, options.monteCarlo));
        if (!id)
            return fail(s, id.error());
        s.err << kProgramName << ": saved as decision " << *id << " in " << store->path() << '\n';
    }
    if (args.json)
        s.out << evaluationToJson(*kb, input->answers, ev).dump(2) << '\n';
    else
        s.out << textSummary(*kb, input->answers, ev);
    return kExitOk;
}

} // namespace advisor::cli
