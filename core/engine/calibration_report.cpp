#include "core/engine/calibration_report.h"

#include "core/model/explanations.h"

#include <cmath>
#include <sstream>

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double v, double scale = 1e4) {
    const double r = std::round(v * scale) / scale;
    return r == 0.0 ? 0.0 : r;
}

std::string percent(double share) {
    return formatFixed(share * 100.0, 1) + "%";
}

std::string answerName(const KnowledgeBase& kb, std::size_t q, std::size_t o) {
    return kb.questions[q].id + "=" + kb.questions[q].options[o].id;
}

std::string shares(const KnowledgeBase& kb, const WinCount& count) {
    std::string text;
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
        text += kb.alternatives[a].name + " " + percent(count.share(a)) + ", ";
    return text + "tie " + percent(count.tieShare());
}

std::string outcome(const KnowledgeBase& kb, const SingleAnswerCase& c) {
    if (c.tied)
        return "tie (close call)";
    return verdictLabel(c.verdict) + " for " + kb.alternatives[c.winner].name + ", margin " +
           formatFixed(c.margin, 2);
}

std::string walkSentence(const Calibration& cal) {
    std::ostringstream os;
    if (cal.exhaustive)
        os << "every one of the " << formatCount(cal.walked) << " answer sets";
    else
        os << "a uniform sample of " << formatCount(cal.walked) << " of the "
           << formatCount(static_cast<std::size_t>(cal.spaceSize)) << " answer sets (seed "
           << cal.options.seed << ")";
    os << "; skipping a question counts as an answer, and multi-choice questions take up to "
       << cal.options.maxMultiChoices << " options at a time";
    return os.str();
}

Json winJson(const KnowledgeBase& kb, const WinCount& count) {
    Json shares;
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
        shares[kb.alternatives[a].id] = rounded(count.share(a));
    shares["tie"] = rounded(count.tieShare());
    return Json{{"sets", count.sets}, {"win_share", std::move(shares)}};
}

Json caseJson(const KnowledgeBase& kb, const SingleAnswerCase& c) {
    return Json{{"winner", c.tied ? Json(nullptr) : Json(kb.alternatives[c.winner].id)},
                {"tied", c.tied},
                {"margin", rounded(c.margin)},
                {"verdict", verdictId(c.verdict)}};
}

} // namespace

std::string calibrationText(const KnowledgeBase& kb, const Calibration& cal) {
    std::ostringstream os;
    os << "Calibration of knowledge base " << kb.version << " (" << kb.hash << ")\n";
    os << "Walk: " << walkSentence(cal) << ".\n\n";
    os << "Who wins: " << shares(kb, cal.overall) << ".\n";
    if (cal.verdicts) {
        const auto& v = *cal.verdicts;
        const double n = static_cast<double>(cal.walked);
        os << "Verdicts: clear " << percent(static_cast<double>(v.clear) / n) << ", lean "
           << percent(static_cast<double>(v.lean) / n) << ", close call "
           << percent(static_cast<double>(v.closeCall) / n) << ".\n";
    }
    os << "\nPer kind of work (the walked sets that choose it):\n";
    for (const auto& [ref, count] : cal.perWorkType)
        os << "  " << answerName(kb, ref.question, ref.option) << ": " << shares(kb, count) << " ("
           << formatCount(count.sets) << " sets)\n";
    os << "\nEach answer alone (everything else skipped):\n";
    os << "  nothing answered: " << outcome(kb, cal.nothingAnswered) << '\n';
    for (const auto& c : cal.singleAnswers)
        os << "  " << answerName(kb, c.question, c.option) << ": " << outcome(kb, c) << '\n';
    os << "\nAnswers that move the margin most (mean change of a stack's lead against the same "
          "sets without the answer):\n";
    std::size_t shown = 0;
    for (const auto& m : cal.movers) {
        if (++shown > 12)
            break;
        os << "  " << answerName(kb, m.question, m.option) << ": +" << formatFixed(m.meanShift, 2)
           << " towards " << kb.alternatives[m.towards].name << '\n';
    }
    os << "\nProperties:\n";
    for (const auto& p : cal.properties) {
        os << "  [" << (p.holds ? "holds" : "BROKEN") << "] " << p.statement << " ("
           << formatCount(p.checked) << (p.checked == 1 ? " check" : " checks") << ")\n";
        if (!p.holds)
            os << "      e.g. " << p.counterexample << '\n';
    }
    return os.str();
}

Json calibrationToJson(const KnowledgeBase& kb, const Calibration& cal) {
    Json out;
    out["format"] = "backend-advisor/calibration";
    out["format_version"] = 1;
    out["knowledge_base"] = Json{{"version", kb.version}, {"hash", kb.hash}};
    out["walk"] = Json{{"exhaustive", cal.exhaustive},
                       {"space", cal.spaceSize},
                       {"sets", cal.walked},
                       {"seed", cal.exhaustive ? Json(nullptr) : Json(cal.options.seed)},
                       {"max_multi_choices", cal.options.maxMultiChoices},
                       {"skipping_counts", true},
                       {"description", walkSentence(cal)}};
    out["overall"] = winJson(kb, cal.overall);
    if (cal.verdicts) {
        const double n = static_cast<double>(cal.walked);
        out["verdicts"] =
            Json{{"clear", rounded(static_cast<double>(cal.verdicts->clear) / n)},
                 {"lean", rounded(static_cast<double>(cal.verdicts->lean) / n)},
                 {"close_call", rounded(static_cast<double>(cal.verdicts->closeCall) / n)},
                 {"monte_carlo", Json{{"samples", cal.options.monteCarlo.samples},
                                      {"seed", cal.options.monteCarlo.seed}}}};
    } else {
        out["verdicts"] = nullptr;
    }
    Json work = Json::array();
    for (const auto& [ref, count] : cal.perWorkType) {
        Json entry{{"question", kb.questions[ref.question].id},
                   {"option", kb.questions[ref.question].options[ref.option].id}};
        entry.update(winJson(kb, count));
        work.push_back(std::move(entry));
    }
    out["per_work_type"] = std::move(work);
    out["nothing_answered"] = caseJson(kb, cal.nothingAnswered);
    Json singles = Json::array();
    for (const auto& c : cal.singleAnswers) {
        Json entry{{"question", kb.questions[c.question].id},
                   {"option", kb.questions[c.question].options[c.option].id}};
        entry.update(caseJson(kb, c));
        singles.push_back(std::move(entry));
    }
    out["single_answers"] = std::move(singles);
    Json movers = Json::array();
    for (const auto& m : cal.movers)
        movers.push_back(Json{{"question", kb.questions[m.question].id},
                              {"option", kb.questions[m.question].options[m.option].id},
                              {"towards", kb.alternatives[m.towards].id},
                              {"mean_shift", rounded(m.meanShift)},
                              {"sets", m.sets}});
    out["movers"] = std::move(movers);
    Json properties = Json::array();
    for (const auto& p : cal.properties)
        properties.push_back(
            Json{{"id", p.id},
                 {"statement", p.statement},
                 {"holds", p.holds},
                 {"checked", p.checked},
                 {"counterexample", p.holds ? Json(nullptr) : Json(p.counterexample)}});
    out["properties"] = std::move(properties);
    return out;
}

} // namespace advisor
