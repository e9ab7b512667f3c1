#include "core/group/group_scorer.h"

#include "core/group/group_weights.h"
#include "core/kb/score_model.h"
#include "core/model/ahp.h"
#include "core/model/situation.h"

#include <algorithm>
#include <numeric>

namespace advisor {
namespace {

// Direct weights as the engine normalises them, so one person's and a group's agree exactly.
std::vector<double> normalisedDirect(std::vector<double> values) {
    const double sum = std::accumulate(values.begin(), values.end(), 0.0);
    for (double& v : values)
        v /= sum;
    return values;
}

bool contains(const std::vector<std::size_t>& list, std::size_t value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool questionMovesWeights(const Question& question) {
    return std::any_of(question.options.begin(), question.options.end(),
                       [](const Option& o) { return movesWeights(o); });
}

} // namespace

GroupScorer::GroupScorer(const ScoringModel& model, const AnswerSet& decision)
    : model_(model), kb_(model.knowledgeBase()) {
    const auto& people = decision.respondents;
    for (std::size_t i = 0; i < people.size(); ++i)
        if (people[i].weight > 0.0)
            voters_.push_back(i);
    const bool anyoneVotes = !voters_.empty();
    if (!anyoneVotes) {
        voters_.resize(people.size());
        std::iota(voters_.begin(), voters_.end(), std::size_t{0});
    }
    std::sort(voters_.begin(), voters_.end(), [&](std::size_t a, std::size_t b) {
        return people[a].name != people[b].name ? people[a].name < people[b].name : a < b;
    });

    std::vector<const PairwiseJudgements*> pairwise;
    std::vector<double> pairwiseVotes;
    for (auto v : voters_) {
        votes_.push_back(anyoneVotes ? people[v].weight : 1.0);
        totalVote_ += votes_.back();
        scratch_.push_back(people[v].answers);
    }
    for (std::size_t i = 0; i < scratch_.size(); ++i) {
        const AnswerSet& answers = scratch_[i];
        inPairwiseBlock_.push_back(answers.pairwise.has_value());
        fixedWeights_.push_back(answers.weights && !answers.pairwise
                                    ? std::optional(normalisedDirect(*answers.weights))
                                    : std::nullopt);
        if (answers.pairwise) {
            pairwise.push_back(&*answers.pairwise);
            pairwiseVotes.push_back(votes_[i]);
            pairwiseVote_ += votes_[i];
        }
    }
    if (!pairwise.empty()) {
        judgements_ = geometricMeanJudgements(pairwise, pairwiseVotes);
        ahp_ = analysePairwise(*judgements_);
    }
    chooseWeightSource();

    for (const auto& question : kb_.questions) {
        shares_.share.emplace_back(question.options.size(), 0.0);
        shares_.answered.emplace_back(question.options.size(), false);
    }
    for (std::size_t q = 0; q < kb_.questions.size(); ++q)
        fillShares(q, shares_);
    if (decision.situationCounts) {
        situationCounts_ = *decision.situationCounts;
    } else {
        for (std::size_t i = 0; i < scratch_.size(); ++i)
            situationCounts_ += votes_[i] * advisor::situationCounts(kb_, scratch_[i]);
        situationCounts_ /= totalVote_;
    }
    table_ = model_.scoreShares(shares_, combinedWeights());
    addSituation(table_);
}

ScoringModel::Choices GroupScorer::situationChoices(std::vector<std::size_t>* disputed) const {
    ScoringModel::Choices choices(kb_.questions.size());
    for (std::size_t q = 0; q < kb_.questions.size(); ++q) {
        if (!kb_.questions[q].situation)
            continue;
        std::optional<std::vector<std::size_t>> agreed;
        bool differ = false;
        for (const auto& answers : scratch_) {
            if (!answers.answered(q))
                continue; // skipping says "I don't know", not "there is none"
            if (agreed && *agreed != *answers.choices[q])
                differ = true;
            agreed = answers.choices[q];
        }
        if (differ) {
            if (disputed)
                disputed->push_back(q);
            continue;
        }
        choices[q] = agreed;
    }
    return choices;
}

std::vector<std::size_t> GroupScorer::situationFacts() const {
    return factsInEffect(kb_, situationChoices(nullptr));
}

std::vector<std::size_t> GroupScorer::disputedSituation() const {
    std::vector<std::size_t> disputed;
    (void)situationChoices(&disputed);
    return disputed;
}

void GroupScorer::addSituation(ScoreTable& table) const {
    if (kb_.situation.empty() || situationCounts_ <= 0.0)
        return;
    const auto room = situationRoom(kb_, situationFacts());
    if (std::any_of(room.begin(), room.end(), [](double r) { return r != 1.0; }))
        table.offsets = model_.situationOffsets(room, situationCounts_);
}

void GroupScorer::chooseWeightSource() {
    const bool allPairwise =
        std::all_of(inPairwiseBlock_.begin(), inPairwiseBlock_.end(), [](bool b) { return b; });
    const bool anyPairwise =
        std::any_of(inPairwiseBlock_.begin(), inPairwiseBlock_.end(), [](bool b) { return b; });
    const bool allDirect = std::all_of(fixedWeights_.begin(), fixedWeights_.end(),
                                       [](const auto& w) { return w.has_value(); });
    const bool noneDirect = std::none_of(fixedWeights_.begin(), fixedWeights_.end(),
                                         [](const auto& w) { return w.has_value(); });
    source_ = WeightSource::Group;
    if (allPairwise) {
        source_ = WeightSource::Pairwise;
    } else if (!anyPairwise && allDirect) {
        if (std::all_of(fixedWeights_.begin(), fixedWeights_.end(),
                        [&](const auto& w) { return *w == *fixedWeights_.front(); }))
            source_ = WeightSource::Direct;
    } else if (!anyPairwise && noneDirect) {
        // Everyone's answers move the weights in the same way: the group's weights are theirs,
        // and so is the trace from each answer to them.
        bool same = true;
        for (std::size_t q = 0; same && q < kb_.questions.size(); ++q)
            if (questionMovesWeights(kb_.questions[q]))
                for (const auto& answers : scratch_)
                    same = same && answers.effective(kb_, q) == scratch_.front().effective(kb_, q);
        if (same)
            source_ = WeightSource::Answers;
    }
}

std::vector<WeightTraceEntry> GroupScorer::weightTrace() const {
    if (source_ != WeightSource::Answers)
        return {};
    return traceWeights(kb_, model_, scratch_.front());
}

void GroupScorer::fillShares(std::size_t question, OptionShares& shares) const {
    auto& share = shares.share[question];
    auto& answered = shares.answered[question];
    std::fill(share.begin(), share.end(), 0.0);
    std::fill(answered.begin(), answered.end(), false);
    // Summed in the same order as totalVote_, so an option everyone has gets exactly 1.
    for (std::size_t i = 0; i < scratch_.size(); ++i)
        for (auto o : scratch_[i].effective(kb_, question)) {
            share[o] += votes_[i];
            if (scratch_[i].answered(question))
                answered[o] = true;
        }
    for (double& s : share)
        if (s != 0.0)
            s /= totalVote_;
}

std::vector<double> GroupScorer::combinedWeights() const {
    std::vector<std::vector<double>> inputs;
    std::vector<double> votes;
    if (ahp_) {
        inputs.push_back(ahp_->weights);
        votes.push_back(pairwiseVote_);
    }
    for (std::size_t i = 0; i < scratch_.size(); ++i) {
        if (inPairwiseBlock_[i])
            continue;
        inputs.push_back(fixedWeights_[i] ? *fixedWeights_[i] : model_.answerWeights(scratch_[i]));
        votes.push_back(votes_[i]);
    }
    return geometricMeanWeights(inputs, votes);
}

ScoreTable GroupScorer::scoreWith(const GroupAnswerChange& change) {
    const std::size_t q = change.question;
    std::vector<std::optional<std::vector<std::size_t>>> saved;
    for (auto& answers : scratch_) {
        saved.push_back(answers.choices[q]);
        if (change.kind == GroupAnswerChange::Kind::Set) {
            answers.choices[q] = change.choice;
            continue;
        }
        // A toggle as one person's answer flip makes it: the answer in effect, changed.
        std::vector<std::size_t> choice = answers.effective(kb_, q);
        const bool has = contains(choice, change.option);
        if (change.kind == GroupAnswerChange::Kind::Add && !has)
            choice.insert(std::upper_bound(choice.begin(), choice.end(), change.option),
                          change.option);
        else if (change.kind == GroupAnswerChange::Kind::Remove && has)
            choice.erase(std::find(choice.begin(), choice.end(), change.option));
        else
            continue;
        answers.choices[q] = std::move(choice);
    }
    OptionShares shares = shares_;
    fillShares(q, shares);
    const bool weightsMove = questionMovesWeights(kb_.questions[q]) &&
                             std::any_of(fixedWeights_.begin(), fixedWeights_.end(),
                                         [](const auto& w) { return !w.has_value(); });
    ScoreTable table = model_.scoreShares(shares, weightsMove ? combinedWeights() : table_.weights);
    addSituation(table);
    for (std::size_t i = 0; i < scratch_.size(); ++i)
        scratch_[i].choices[q] = std::move(saved[i]);
    return table;
}

bool GroupScorer::everyoneHas(std::size_t question, std::size_t option) const {
    return std::all_of(scratch_.begin(), scratch_.end(), [&](const AnswerSet& a) {
        return contains(a.effective(kb_, question), option);
    });
}

bool GroupScorer::someoneHas(std::size_t question, std::size_t option) const {
    return std::any_of(scratch_.begin(), scratch_.end(), [&](const AnswerSet& a) {
        return contains(a.effective(kb_, question), option);
    });
}

bool GroupScorer::everyoneAnswers(std::size_t question, std::size_t option) const {
    return std::all_of(scratch_.begin(), scratch_.end(), [&](const AnswerSet& a) {
        const auto& choice = a.effective(kb_, question);
        return choice.size() == 1 && choice.front() == option;
    });
}

} // namespace advisor
