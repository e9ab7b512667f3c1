#include "core/kb/knowledge_base_loader.h"

#include "core/base/content_hash.h"
#include "core/base/json_io.h"
#include "core/kb/knowledge_base_fields.h"
#include "core/kb/knowledge_base_proofs.h"
#include "core/kb/score_model.h"
#include "core/kb/situation_loader.h"
#include "core/measurement/lab_claims.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace advisor {
namespace {

using namespace kb_fields;

class Loader {
public:
    explicit Loader(const nlohmann::json& root) : root_(root, "") {}

    KnowledgeBase load() {
        root_.allowOnly({"$schema", "format", "version", "title", "alternatives", "criteria",
                         "evidence", "topics", "questions", "hybrids", "undecided", "situation"});
        const auto format = root_.at("format");
        kb_.format = static_cast<int>(format.integer());
        if (kb_.format == 1)
            format.fail("expected format 3 (or 2): format 1 predates quoted sources; give each "
                        "evidence item source.quote (or source.outside_article with a title and "
                        "url) and set \"format\": 3");
        if (kb_.format < kOldestKnowledgeBaseFormat || kb_.format > kKnowledgeBaseFormat)
            format.fail("expected format 3 (or 2), the formats this version reads");
        if (kb_.format < 3 && root_.has("situation"))
            root_.at("situation").fail("a situation needs format 3");
        kb_.version = root_.at("version").nonEmptyString();
        kb_.title = root_.stringOr("title", "");
        loadAlternatives();
        loadCriteria();
        loadEvidence();
        loadTopics();
        loadQuestions();
        loadHybrids();
        loadUndecided();
        if (root_.has("situation"))
            kb_.situation = loadSituation(kb_, root_.at("situation"));
        proofs::checkWeightsStayPositive(kb_, root_);
        proofs::checkScoresStayInRange(kb_, root_);
        proofs::checkContextStaysBelowLean(kb_, root_);
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
        effects.allowOnly({"weights", "evidence", "damp", "amplify"});
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
        if (effects.has("amplify")) {
            if (kb_.format < 3)
                effects.at("amplify").fail("amplifying the kinds of work needs format 3");
            out.amplify = effects.at("amplify").numberIn(0.0, 10.0);
            if (out.amplify <= 0.0)
                effects.at("amplify").fail("expected a share above 0");
        }
        if (effects.has("damp")) {
            if (kb_.format < 3)
                effects.at("damp").fail("damping a criterion needs format 3");
            out.damp.assign(kb_.criteria.size(), 1.0);
            for (const auto& [key, value] : effects.at("damp").members()) {
                const auto c = kb_.criterionIndex(key);
                if (!c)
                    value.fail("unknown criterion \"" + key + "\"");
                // Above 0: a claim that counts for less still counts; at most 1: damping never
                // widens a gap (that is emphasis, which says which claims apply).
                out.damp[*c] = value.numberIn(0.0, 1.0);
                if (out.damp[*c] <= 0.0)
                    value.fail("expected a share above 0 and at most 1 of the criterion's gaps "
                               "to keep");
            }
        }
        return out;
    }

    void loadQuestions() {
        const auto array = root_.at("questions");
        for (const auto& item : array.items()) {
            item.allowOnly({"id", "topic", "text", "help", "kind", "options", "default",
                            "signals_use_case", "context", "situation"});
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
            q.situation = item.booleanOr("situation", false);
            if (q.situation && kb_.format < 3)
                item.at("situation").fail("situation questions need format 3");
            if (q.situation && (q.context || q.signalsUseCase))
                item.at("situation")
                    .fail("a situation question is about the team, not the work: "
                          "it is neither context nor a kind of work");
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
                        : OptionEffects{std::vector<double>(kb_.criteria.size(), 0.0), {}, {}};
                if (q.situation && (o.has("effects") || o.has("leans")))
                    o.at(o.has("effects") ? "effects" : "leans")
                        .fail("a situation question moves none of the article's criteria: what its "
                              "options assert is in the knowledge base's situation facts");
                proofs::checkOptionEffects(kb_, option, q, o);
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
