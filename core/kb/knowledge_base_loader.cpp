#include "core/kb/knowledge_base_loader.h"

#include "core/base/content_hash.h"
#include "core/base/json_io.h"
#include "core/kb/score_model.h"
#include "core/measurement/lab_claims.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace advisor {
namespace {

constexpr double kMaxScore = 10.0;
constexpr std::size_t kMinQuoteBytes = 20;

// Hand-written checks rather than std::regex: the built-in knowledge base is parsed on every
// start, and regex matching was a measurable share of start-up.
bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isValidId(const std::string& id) {
    if (id.empty() || id.size() > 64 || !isLower(id[0]))
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return isLower(c) || isDigit(c) || c == '_'; });
}

bool isColor(const std::string& s) { // #rrggbb
    return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), isHex);
}

bool isIsoDate(const std::string& s) { // YYYY-MM-DD
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(s[i]))
            return false;
    return true;
}

std::string idOf(const JsonCursor& cursor) {
    const auto id = cursor.string();
    if (!isValidId(id))
        cursor.fail(
            "expected an id of lower-case letters, digits and '_' starting with a letter, got " +
            describeValue(cursor.json()));
    return id;
}

template <typename Item>
void requireUniqueIds(const std::vector<Item>& items, const JsonCursor& array) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!seen.insert(items[i].id).second)
            array.at(i).at("id").fail("duplicate id \"" + items[i].id + "\"");
}

class Loader {
public:
    explicit Loader(const nlohmann::json& root) : root_(root, "") {}

    KnowledgeBase load() {
        root_.allowOnly({"$schema", "format", "version", "title", "alternatives", "criteria",
                         "evidence", "topics", "questions", "hybrids", "undecided"});
        const auto format = root_.at("format");
        if (const auto f = format.integer(); f != kKnowledgeBaseFormat)
            format.fail(f == 1 ? "expected format 2: format 1 predates quoted sources; give each "
                                 "evidence item source.quote (or source.outside_article with a "
                                 "title and url) and set \"format\": 2"
                               : "expected format 2 (the only one this version reads)");
        kb_.version = root_.at("version").nonEmptyString();
        kb_.title = root_.stringOr("title", "");
        loadAlternatives();
        loadCriteria();
        loadEvidence();
        loadTopics();
        loadQuestions();
        loadHybrids();
        loadUndecided();
        checkWeightsStayPositive();
        checkScoresStayInRange();
        checkContextStaysBelowLean();
        return std::move(kb_);
    }

private:
    void loadAlternatives() {
        const auto array = root_.at("alternatives");
        for (const auto& item : array.items()) {
            item.allowOnly({"id", "name", "color", "summary"});
            Alternative a;
            a.id = idOf(item.at("id"));
            a.name = item.at("name").nonEmptyString();
            a.color = item.at("color").string();
            if (!isColor(a.color))
                item.at("color").fail("expected a colour as #rrggbb");
            a.summary = item.stringOr("summary", "");
            kb_.alternatives.push_back(std::move(a));
        }
        if (kb_.alternatives.size() < 2)
            array.fail("expected at least two alternatives to compare");
        requireUniqueIds(kb_.alternatives, array);
    }

    void loadCriteria() {
        const auto array = root_.at("criteria");
        for (const auto& item : array.items()) {
            item.allowOnly({"id", "name", "description", "base_weight"});
            Criterion c;
            c.id = idOf(item.at("id"));
            c.name = item.at("name").nonEmptyString();
            c.description = item.stringOr("description", "");
            c.baseWeight = item.at("base_weight").numberIn(0.0, 1000.0);
            if (c.baseWeight <= 0.0)
                item.at("base_weight").fail("expected a weight above 0");
            kb_.criteria.push_back(std::move(c));
        }
        if (kb_.criteria.empty())
            array.fail("expected at least one criterion");
        requireUniqueIds(kb_.criteria, array);
    }

    std::vector<double> perAlternative(const JsonCursor& object, double low, double high,
                                       bool requireAll) const {
        std::vector<double> values(kb_.alternatives.size(), 0.0);
        std::vector<bool> given(values.size(), false);
        for (const auto& [key, value] : object.members()) {
            const auto index = kb_.alternativeIndex(key);
            if (!index)
                value.fail("unknown alternative \"" + key + "\"");
            values[*index] = value.numberIn(low, high);
            given[*index] = true;
        }
        for (std::size_t i = 0; requireAll && i < given.size(); ++i)
            if (!given[i])
                object.fail("expected a value for alternative \"" + kb_.alternatives[i].id + "\"");
        return values;
    }

    // A number, or [low, high] where the source gives a range ("2 to 3 times").
    static FigureValue figureValue(const JsonCursor& value) {
        if (!value.json().is_array())
            return {value.numberIn(0.0, 1e12), value.numberIn(0.0, 1e12)};
        const auto bounds = value.items();
        if (bounds.size() != 2)
            value.fail("expected a number or a range [low, high]");
        const FigureValue range{bounds[0].numberIn(0.0, 1e12), bounds[1].numberIn(0.0, 1e12)};
        if (range.low > range.high)
            value.fail("expected a range [low, high] with low at most high");
        return range;
    }

    std::vector<FigureValue> figureValues(const JsonCursor& object) const {
        std::vector<FigureValue> values(kb_.alternatives.size());
        std::vector<bool> given(values.size(), false);
        for (const auto& [key, value] : object.members()) {
            const auto index = kb_.alternativeIndex(key);
            if (!index)
                value.fail("unknown alternative \"" + key + "\"");
            values[*index] = figureValue(value);
            given[*index] = true;
        }
        for (std::size_t i = 0; i < given.size(); ++i)
            if (!given[i])
                object.fail("expected a value for alternative \"" + kb_.alternatives[i].id + "\"");
        return values;
    }

    // The article's own words, or a public source outside it that says so.
    static Citation citation(const JsonCursor& s) {
        s.allowOnly({"title", "date", "section", "publisher", "quote", "outside_article", "url"});
        Citation c;
        c.title = s.at("title").nonEmptyString();
        c.outsideArticle = s.booleanOr("outside_article", false);
        c.publisher = s.stringOr("publisher", "");
        if (c.outsideArticle) {
            c.url = s.at("url").nonEmptyString();
            if (c.url.rfind("https://", 0) != 0 && c.url.rfind("http://", 0) != 0)
                s.at("url").fail("expected the public source's address (http:// or https://)");
            c.date = s.stringOr("date", "");
            c.section = s.stringOr("section", "");
            c.quote = s.stringOr("quote", "");
        } else {
            if (s.has("url"))
                s.at("url").fail("a url is for sources outside the article; the article's own "
                                 "items cite it by section and quote");
            c.date = s.at("date").nonEmptyString();
            c.section = s.at("section").nonEmptyString();
            const auto quote = s.at("quote");
            c.quote = quote.nonEmptyString();
            if (c.quote.size() < kMinQuoteBytes)
                quote.fail("expected the article's own words the item rests on, at least " +
                           std::to_string(kMinQuoteBytes) +
                           " characters (or source.outside_article: true with a title and url)");
        }
        if (!c.date.empty() && !isIsoDate(c.date))
            s.at("date").fail("expected a date as YYYY-MM-DD");
        return c;
    }

    void loadEvidence() {
        const auto array = root_.at("evidence");
        for (const auto& item : array.items()) {
            item.allowOnly({"id", "criterion", "ratings", "base_relevance", "summary", "figure",
                            "source", "lab_claim"});
            EvidenceItem e;
            e.id = idOf(item.at("id"));
            const auto criterion = item.at("criterion");
            const auto ci = kb_.criterionIndex(criterion.string());
            if (!ci)
                criterion.fail("unknown criterion " + describeValue(criterion.json()));
            e.criterion = *ci;
            e.ratings = perAlternative(item.at("ratings"), 0.0, kMaxScore, true);
            e.baseRelevance =
                item.has("base_relevance") ? item.at("base_relevance").numberIn(0.0, 100.0) : 1.0;
            e.summary = item.at("summary").nonEmptyString();
            if (item.has("figure")) {
                const auto f = item.at("figure");
                f.allowOnly({"text", "unit", "values", "lower_is_better"});
                Figure figure;
                figure.text = f.at("text").nonEmptyString();
                figure.unit = f.stringOr("unit", "");
                if (f.has("values"))
                    figure.values = figureValues(f.at("values"));
                figure.lowerIsBetter = f.booleanOr("lower_is_better", false);
                e.figure = std::move(figure);
            }
            e.source = citation(item.at("source"));
            if (item.has("lab_claim")) {
                const auto claim = item.at("lab_claim");
                e.labClaim = claim.string();
                const auto& known = lab::articleClaims();
                if (std::none_of(known.begin(), known.end(),
                                 [&](const lab::ClaimSpec& c) { return c.id == e.labClaim; }))
                    claim.fail("unknown Evidence Lab claim " + describeValue(claim.json()));
            }
            kb_.evidence.push_back(std::move(e));
        }
        requireUniqueIds(kb_.evidence, array);
        // A criterion's score is neutral until answers emphasise its evidence, so it needs some.
        for (std::size_t c = 0; c < kb_.criteria.size(); ++c)
            if (std::none_of(kb_.evidence.begin(), kb_.evidence.end(),
                             [c](const EvidenceItem& e) { return e.criterion == c; }))
                array.fail("criterion \"" + kb_.criteria[c].id +
                           "\" needs at least one evidence item");
    }

    void loadTopics() {
        const auto array = root_.at("topics");
        for (const auto& item : array.items()) {
            item.allowOnly({"id", "title", "intro"});
            Topic t;
            t.id = idOf(item.at("id"));
            t.title = item.at("title").nonEmptyString();
            t.intro = item.stringOr("intro", "");
            kb_.topics.push_back(std::move(t));
        }
        requireUniqueIds(kb_.topics, array);
    }

    OptionEffects loadEffects(const JsonCursor& effects) const {
        effects.allowOnly({"weights", "evidence"});
        OptionEffects out;
        out.weightDeltas.assign(kb_.criteria.size(), 0.0);
        if (effects.has("weights"))
            for (const auto& [key, value] : effects.at("weights").members()) {
                const auto c = kb_.criterionIndex(key);
                if (!c)
                    value.fail("unknown criterion \"" + key + "\"");
                out.weightDeltas[*c] = value.numberIn(-1000.0, 1000.0);
            }
        if (effects.has("evidence"))
            for (const auto& [key, value] : effects.at("evidence").members()) {
                const auto e = kb_.evidenceIndex(key);
                if (!e)
                    value.fail("unknown evidence item \"" + key + "\"");
                // Emphasis only adds weight to an item: with a negative boost an answer could
                // favour an alternative and still lower its lead, which the model rules out.
                out.emphasis.emplace_back(*e, value.numberIn(0.0, 10.0));
            }
        return out;
    }

    void loadQuestions() {
        const auto array = root_.at("questions");
        for (const auto& item : array.items()) {
            item.allowOnly({"id", "topic", "text", "help", "kind", "options", "default",
                            "signals_use_case", "context"});
            Question q;
            q.id = idOf(item.at("id"));
            q.topic = item.at("topic").string();
            if (std::none_of(kb_.topics.begin(), kb_.topics.end(),
                             [&](const Topic& t) { return t.id == q.topic; }))
                item.at("topic").fail("unknown topic \"" + q.topic + "\"");
            q.text = item.at("text").nonEmptyString();
            q.help = item.stringOr("help", "");
            const auto kind = item.at("kind");
            const auto kindText = kind.string();
            if (kindText == "single")
                q.kind = QuestionKind::Single;
            else if (kindText == "multi")
                q.kind = QuestionKind::Multi;
            else
                kind.fail("expected \"single\" or \"multi\"");
            q.signalsUseCase = item.booleanOr("signals_use_case", false);
            q.context = item.booleanOr("context", false);
            const auto options = item.at("options");
            for (const auto& o : options.items()) {
                o.allowOnly({"id", "label", "help", "leans", "effects"});
                Option option;
                option.id = idOf(o.at("id"));
                option.label = o.at("label").nonEmptyString();
                option.help = o.stringOr("help", "");
                if (o.has("leans")) {
                    const auto leans = o.at("leans");
                    option.leans = kb_.alternativeIndex(leans.string());
                    if (!option.leans)
                        leans.fail("unknown alternative " + describeValue(leans.json()));
                }
                option.effects =
                    o.has("effects")
                        ? loadEffects(o.at("effects"))
                        : OptionEffects{std::vector<double>(kb_.criteria.size(), 0.0), {}};
                checkOptionEffects(option, q, o);
                q.options.push_back(std::move(option));
            }
            if (q.options.size() < 2)
                options.fail("expected at least two options");
            requireUniqueIds(q.options, options);
            const auto def = item.at("default");
            auto resolve = [&](const JsonCursor& c) {
                const auto index = q.optionIndex(c.string());
                if (!index)
                    c.fail("unknown option " + describeValue(c.json()) + " for question \"" + q.id +
                           "\"");
                return *index;
            };
            if (q.kind == QuestionKind::Single) {
                q.defaultOptions = {resolve(def)};
            } else {
                for (const auto& d : def.items())
                    q.defaultOptions.push_back(resolve(d));
            }
            kb_.questions.push_back(std::move(q));
        }
        requireUniqueIds(kb_.questions, array);
    }

    void loadHybrids() {
        if (!root_.has("hybrids"))
            return;
        for (const auto& item : root_.at("hybrids").items()) {
            item.allowOnly({"alternatives", "text", "source"});
            HybridPattern h;
            for (const auto& a : item.at("alternatives").items()) {
                const auto index = kb_.alternativeIndex(a.string());
                if (!index)
                    a.fail("unknown alternative " + describeValue(a.json()));
                h.alternatives.push_back(*index);
            }
            if (h.alternatives.size() != 2 || h.alternatives[0] == h.alternatives[1])
                item.at("alternatives").fail("expected two different alternatives");
            h.text = item.at("text").nonEmptyString();
            h.source = citation(item.at("source"));
            kb_.hybrids.push_back(std::move(h));
        }
    }

    void loadUndecided() {
        if (!root_.has("undecided"))
            return;
        const auto item = root_.at("undecided");
        item.allowOnly({"text", "source"});
        kb_.undecided = Undecided{item.at("text").nonEmptyString(), citation(item.at("source"))};
    }

    // An answer either says how much a criterion matters (weights) or which claims apply to the
    // project (emphasis), never both: an answer that applies claims favouring one alternative
    // then can only widen that alternative's lead, whatever else is answered (moving weights
    // too could shift them towards a criterion where its lead is smaller).
    void checkOptionEffects(const Option& option, const Question& q, const JsonCursor& o) const {
        if (movesWeights(option) && !option.effects.emphasis.empty())
            o.at("effects").fail(
                "expected either weight effects or evidence emphasis, not both: an answer says "
                "how much a criterion matters or which claims apply to the project");
        if (q.context && movesWeights(option))
            o.at("effects").at("weights").fail(
                "a context question (team, schedule) may not move weights: it may tip a close "
                "call, never reweigh what the work needs");
        if (!option.leans)
            return;
        const auto favoured = favouredAlternative(kb_, option);
        if (favoured != option.leans)
            o.at("leans").fail("the option leans to \"" + kb_.alternatives[*option.leans].id +
                               "\" but its evidence emphasis does not favour it on every "
                               "criterion; emphasise only items that rate it highest");
    }

    // For each question, the extreme sum a criterion can receive from it: one option for a
    // single-choice question, any subset for a multi-choice one.
    template <typename PerOption>
    std::pair<double, double> reachable(const Question& q, PerOption valueOf) const {
        double low = 0.0;
        double high = 0.0;
        if (q.kind == QuestionKind::Single) {
            low = high = valueOf(q.options.front());
            for (const auto& o : q.options) {
                low = std::min(low, valueOf(o));
                high = std::max(high, valueOf(o));
            }
        } else {
            for (const auto& o : q.options) {
                low += std::min(0.0, valueOf(o));
                high += std::max(0.0, valueOf(o));
            }
        }
        return {low, high};
    }

    // Weights are normalised by their sum, so each must stay above zero whatever is answered;
    // that keeps the answer -> weight trace exact (no clamping).
    void checkWeightsStayPositive() const {
        for (std::size_t c = 0; c < kb_.criteria.size(); ++c) {
            double lowest = kb_.criteria[c].baseWeight;
            for (const auto& q : kb_.questions)
                lowest +=
                    reachable(q, [&](const Option& o) { return o.effects.weightDeltas[c]; }).first;
            if (lowest <= 0.0)
                root_.at("criteria")
                    .at(c)
                    .at("base_weight")
                    .fail("answers can push this criterion's weight to " + formatNumber(lowest) +
                          "; raise base_weight or soften negative weight effects so it stays above "
                          "0");
        }
    }

    // Scores are a base plus emphasis shifts; they must stay within 0..10 for every possible
    // answer set, so the engine never has to clamp (clamping would break exact contributions).
    void checkScoresStayInRange() const {
        for (std::size_t c = 0; c < kb_.criteria.size(); ++c)
            for (std::size_t a = 0; a < kb_.alternatives.size(); ++a) {
                double low = baseScore(kb_, a, c);
                double high = low;
                for (const auto& q : kb_.questions) {
                    const auto [lo, hi] = reachable(q, [&](const Option& o) {
                        double shift = 0.0;
                        for (const auto& [e, boost] : o.effects.emphasis)
                            if (kb_.evidence[e].criterion == c)
                                shift += emphasisShift(kb_.evidence[e], a, boost);
                        return shift;
                    });
                    low += lo;
                    high += hi;
                }
                if (low < -1e-9 || high > kMaxScore + 1e-9)
                    root_.at("criteria")
                        .at(c)
                        .fail("the score of \"" + kb_.alternatives[a].id + "\" on \"" +
                              kb_.criteria[c].id + "\" can range from " + formatNumber(low) +
                              " to " + formatNumber(high) +
                              " depending on the answers; soften the evidence emphasis so it stays "
                              "within 0..10");
            }
    }

    // The most weight each criterion can get from the answers (an upper bound: the largest raw
    // weight over the smallest the other criteria can have together).
    [[nodiscard]] std::vector<double> largestWeights() const {
        const std::size_t nC = kb_.criteria.size();
        std::vector<double> lowRaw(nC);
        std::vector<double> highRaw(nC);
        for (std::size_t c = 0; c < nC; ++c) {
            lowRaw[c] = highRaw[c] = kb_.criteria[c].baseWeight;
            for (const auto& q : kb_.questions) {
                const auto [lo, hi] =
                    reachable(q, [&](const Option& o) { return o.effects.weightDeltas[c]; });
                lowRaw[c] += lo;
                highRaw[c] += hi;
            }
        }
        std::vector<double> largest(nC);
        for (std::size_t c = 0; c < nC; ++c) {
            double others = 0.0;
            for (std::size_t k = 0; k < nC; ++k)
                if (k != c)
                    others += lowRaw[k];
            largest[c] = highRaw[c] / (highRaw[c] + others);
        }
        return largest;
    }

    // Context answers (team, schedule) may tip a close call, never a lean: whatever they are,
    // together they move any alternative's lead by less than the lean margin, so a winner the
    // work answers give by a lean or more stays the winner.
    void checkContextStaysBelowLean() const {
        const std::size_t nA = kb_.alternatives.size();
        const std::size_t nC = kb_.criteria.size();
        const auto wMax = largestWeights();
        for (std::size_t a = 0; a < nA; ++a)
            for (std::size_t b = 0; b < nA; ++b) {
                if (a == b)
                    continue;
                double pull = 0.0;
                for (const auto& q : kb_.questions) {
                    if (!q.context)
                        continue;
                    pull += reachable(q, [&](const Option& o) {
                                const auto shifts = optionShifts(kb_, o);
                                double gain = 0.0;
                                for (std::size_t c = 0; c < nC; ++c)
                                    gain += wMax[c] *
                                            std::max(0.0, shifts[a * nC + c] - shifts[b * nC + c]);
                                return gain;
                            }).second;
                }
                if (pull >= kLeanMargin)
                    root_.at("questions")
                        .fail("the context questions together can move " + kb_.alternatives[a].id +
                              "'s lead over " + kb_.alternatives[b].id + " by up to " +
                              formatNumber(pull) + " points, as much as a lean (" +
                              formatNumber(kLeanMargin) +
                              "); soften their emphasis so they can only tip a close call");
            }
    }

    static std::string formatNumber(double v) {
        std::ostringstream os;
        os.precision(3);
        os << v;
        return os.str();
    }

    JsonCursor root_;
    KnowledgeBase kb_;
};

} // namespace

namespace {

// `knownHash`: the content hash when the build already computed it (the built-in knowledge
// base), so start-up skips re-serialising the document to hash it.
Result<KnowledgeBase> parse(std::string_view jsonText, const std::string& fileLabel,
                            std::string_view knownHash) {
    auto json = parseJson(jsonText, fileLabel);
    if (!json)
        return json.error();
    try {
        auto kb = Loader(*json).load();
        kb.hash = knownHash.empty() ? contentHash(*json) : std::string(knownHash);
        return kb;
    } catch (const FieldError& e) {
        return Error{fileLabel, e.field, e.what()};
    } catch (const nlohmann::json::exception& e) {
        return Error{fileLabel, "", std::string("unexpected JSON content: ") + e.what()};
    }
}

} // namespace

Result<KnowledgeBase> parseKnowledgeBase(std::string_view jsonText, const std::string& fileLabel) {
    return parse(jsonText, fileLabel, {});
}

Result<KnowledgeBase> loadKnowledgeBase(const std::string& path) {
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return parseKnowledgeBase(*text, path);
}

const KnowledgeBase& builtInKnowledgeBase() {
    // The embedded file is validated by the tests; a failure here is a build defect.
    static const KnowledgeBase kb = [] {
        auto loaded = parse(builtInKnowledgeBaseJson(), kBuiltInKnowledgeBaseLabel,
                            builtInKnowledgeBaseHash());
        if (!loaded)
            throw std::logic_error("built-in knowledge base is invalid: " +
                                   loaded.error().oneLine());
        return std::move(loaded).value();
    }();
    return kb;
}

} // namespace advisor
