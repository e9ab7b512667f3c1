#include "core/report/report_content.h"

#include "core/group/group_result.h"
#include "core/kb/score_model.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

// Sources numbered in the order first cited; one number per distinct citation (each quoted
// claim has its own words, so its own number).
class SourceNumbers {
public:
    explicit SourceNumbers(std::vector<Citation>& sources) : sources_(sources) {}

    std::size_t number(const Citation& c) {
        for (std::size_t i = 0; i < sources_.size(); ++i) {
            const auto& s = sources_[i];
            if (s.text() == c.text() && s.quote == c.quote && s.url == c.url)
                return i + 1;
        }
        sources_.push_back(c);
        return sources_.size();
    }

private:
    std::vector<Citation>& sources_;
};

ReportReason cite(const ReportInput& in, std::size_t r, SourceNumbers& numbers) {
    const auto e = in.evaluation.reasons[r].evidence;
    return {r, e, numbers.number(in.kb.evidence[e].source)};
}

std::vector<ReasonGroup> groupReasons(const ReportInput& in, SourceNumbers& numbers) {
    const auto& ev = in.evaluation;
    const auto& rec = ev.recommendation;
    std::vector<ReasonGroup> groups;
    if (rec.tied) {
        // No winner to argue for: what pulls towards each alternative, in knowledge-base order.
        for (std::size_t a = 0; a < in.kb.alternatives.size(); ++a) {
            ReasonGroup group{ReasonGroup::Kind::Towards, a, {}};
            for (std::size_t r = 0; r < ev.reasons.size(); ++r)
                if (ev.reasons[r].favours == a)
                    group.items.push_back(cite(in, r, numbers));
            if (!group.items.empty())
                groups.push_back(std::move(group));
        }
        return groups;
    }
    ReasonGroup pro{ReasonGroup::Kind::InFavour, rec.winner, {}};
    ReasonGroup contra{ReasonGroup::Kind::Against, rec.winner, {}};
    // The engine orders reasons supporting first, each group strongest first.
    for (std::size_t r = 0; r < ev.reasons.size(); ++r)
        (ev.reasons[r].impact > 0 ? pro : contra).items.push_back(cite(in, r, numbers));
    groups.push_back(std::move(pro));
    groups.push_back(std::move(contra));
    return groups;
}

// A group's answers differ on a question when its respondents' answers in effect do.
bool answersDiffer(const ReportInput& in, std::size_t q) {
    const auto& people = in.answers.respondents;
    return std::any_of(people.begin(), people.end(), [&](const Respondent& r) {
        return r.answers.effective(in.kb, q) != people.front().answers.effective(in.kb, q);
    });
}

// A group's row: what everyone answered alike, or no options when their answers differ.
ReportAnswer groupAnswerRow(const ReportInput& in, std::size_t q) {
    const auto& people = in.answers.respondents;
    const bool someoneAnswered = std::any_of(
        people.begin(), people.end(), [&](const Respondent& r) { return r.answers.answered(q); });
    if (answersDiffer(in, q))
        return {q, {}, !someoneAnswered, false, true};
    return {q, people.front().answers.effective(in.kb, q), !someoneAnswered, false, false};
}

std::vector<ReportAnswer> answerRows(const ReportInput& in) {
    const auto& kb = in.kb;
    std::vector<ReportAnswer> rows;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        ReportAnswer row = in.answers.isGroup() ? groupAnswerRow(in, q)
                                                : ReportAnswer{q, in.answers.effective(kb, q),
                                                               !in.answers.answered(q), false};
        // An answer about the team's situation rests outside the article as much as a claim
        // from another source does.
        row.outsideArticle =
            !row.options.empty() &&
            std::all_of(row.options.begin(), row.options.end(), [&](std::size_t o) {
                return restsOutsideArticle(kb, kb.questions[q].options[o]) ||
                       (kb.questions[q].situation && !row.defaulted);
            });
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::size_t> largestWeightMoves(const Evaluation& ev) {
    std::vector<std::size_t> moves;
    if (ev.weightSource != WeightSource::Answers)
        return moves;
    for (std::size_t t = 0; t < ev.weightTrace.size(); ++t)
        if (std::abs(ev.weightTrace[t].weightDelta) >= 0.005)
            moves.push_back(t);
    std::stable_sort(moves.begin(), moves.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(ev.weightTrace[a].weightDelta) > std::abs(ev.weightTrace[b].weightDelta);
    });
    if (moves.size() > kReportWeightMoves)
        moves.resize(kReportWeightMoves);
    return moves;
}

std::optional<ReportGroup> groupSection(const ReportInput& in) {
    const auto& ev = in.evaluation;
    if (!in.answers.isGroup() || !ev.group ||
        ev.group->respondents.size() != in.answers.respondents.size())
        return std::nullopt;
    ReportGroup group;
    for (std::size_t r = 0; r < in.answers.respondents.size(); ++r)
        group.respondents.push_back(r);
    for (std::size_t d = 0; d < ev.group->disagreements.size(); ++d)
        group.disagreements.push_back(d);
    for (std::size_t q = 0; q < in.kb.questions.size(); ++q)
        if (!answersDiffer(in, q))
            group.agreed.push_back(q);
    return group;
}

} // namespace

ReportContent reportContent(const ReportInput& in) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    const auto& rec = ev.recommendation;
    ReportContent content;
    content.tied = rec.tied;
    SourceNumbers numbers(content.sources);

    content.reasonGroups = groupReasons(in, numbers);
    if (!rec.tied) {
        const auto& pro = content.reasonGroups.front().items;
        content.topReasons.assign(
            pro.begin(),
            pro.begin() + static_cast<std::ptrdiff_t>(std::min(pro.size(), kReportSummaryReasons)));
        const auto& winner = ev.alternatives[rec.winner];
        const auto& runnerUp = ev.alternatives[rec.runnerUp];
        for (std::size_t c = 0; c < kb.criteria.size(); ++c)
            (winner.scores[c] >= runnerUp.scores[c] ? content.gains : content.tradeOffs)
                .push_back(c);
    }
    for (std::size_t r = 0; r < ev.situation.reasons.size(); ++r)
        content.situationReasons.emplace_back(
            r, numbers.number(kb.situation.facts[ev.situation.reasons[r].fact].source));
    content.answers = answerRows(in);
    content.weightMoves = largestWeightMoves(ev);
    for (std::size_t e = 0; e < kb.evidence.size(); ++e)
        if (const auto& f = kb.evidence[e].figure; f && f->values.size() == kb.alternatives.size())
            content.figures.push_back({e, numbers.number(kb.evidence[e].source)});
    for (std::size_t i = 0; i < ev.measured.size(); ++i)
        content.measured.emplace_back(i,
                                      numbers.number(kb.evidence[ev.measured[i].evidence].source));
    if (in.answers.lab) {
        const auto& machine = in.answers.lab->run.machine;
        content.labMachine =
            machine.cpu + ", " + std::to_string(machine.logicalCores) + " logical cores";
    }
    if (rec.hybridSource)
        content.hybridSource = numbers.number(*rec.hybridSource);
    if (rec.tied && kb.undecided)
        content.undecidedSource = numbers.number(kb.undecided->source);
    content.group = groupSection(in);
    return content;
}

} // namespace advisor
