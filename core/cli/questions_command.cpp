// `questions` prints the questionnaire as JSON; `calibrate` walks the answer space and says
// whether the model's promises hold.
#include "core/cli/cli_output.h"
#include "core/cli/commands.h"
#include "core/engine/calibration_report.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/report/text_summary.h"

#include <ostream>

namespace advisor::cli {
namespace {

Result<KnowledgeBase> knowledgeBaseFor(const std::optional<std::string>& path) {
    if (path)
        return loadKnowledgeBase(*path);
    return builtInKnowledgeBase();
}

} // namespace

int questionsCommand(const QuestionsArguments& args, CliStreams s) {
    auto kb = knowledgeBaseFor(args.kb);
    if (!kb)
        return fail(s, kb.error());
    s.out << questionnaireToJson(*kb).dump(2) << '\n';
    return kExitOk;
}

// Exit 1 when a property is broken, so a knowledge base's author can run it in CI.
int calibrateCommand(const CalibrateArguments& args, CliStreams s) {
    CalibrationOptions options;
    if (args.sets)
        options.sampleSize = *args.sets;
    if (args.seed)
        options.seed = *args.seed;
    auto kb = knowledgeBaseFor(args.kb);
    if (!kb)
        return fail(s, kb.error());
    const auto calibration = calibrate(*kb, options);
    if (args.json)
        s.out << calibrationToJson(*kb, calibration).dump(2) << '\n';
    else
        s.out << calibrationText(*kb, calibration);
    if (!calibration.allPropertiesHold()) {
        s.err << kProgramName << ": the knowledge base breaks a calibration property (see above)\n";
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace advisor::cli
