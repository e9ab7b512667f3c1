#include "core/base/phrase.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/explanations.h"

#include <catch2/catch.hpp>

using namespace advisor;

TEST_CASE("render fills each %n once, from left to right, and leaves the rest", "[phrase]") {
    CHECK(render("%1 beats %2", {"Node.js", "Python"}) == "Node.js beats Python");
    CHECK(render("%2 after %1", {"a", "b"}) == "b after a");
    // An argument's own %1 is text, not another placeholder.
    CHECK(render("%1 and %2", {"100%1", "x"}) == "100%1 and x");
    CHECK(render("%3 has no argument", {"a"}) == "%3 has no argument");
    CHECK(render("50% of %1", {"all"}) == "50% of all");
    CHECK(render("ends with %", {}) == "ends with %");
}

TEST_CASE("the answers behind a reason read as one list at any length", "[phrase]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    const auto app = *kb.questionIndex("app_type");
    const auto& options = kb.questions[app].options;
    REQUIRE(options.size() >= 4);
    Reason reason;
    CHECK_FALSE(emphasisPhrase(kb, reason).has_value());
    CHECK(reasonSentence(kb, reason) == kb.evidence[0].summary);
    const auto quote = [&](std::size_t i) {
        return "\u201c" + options[i].label + "\u201d";
    };
    reason.emphasisedBy = {{app, 0}};
    CHECK(render(*emphasisPhrase(kb, reason)) ==
          "It counts more here because of your answer " + quote(0) + ".");
    reason.emphasisedBy = {{app, 0}, {app, 1}};
    CHECK(render(*emphasisPhrase(kb, reason)) ==
          "It counts more here because of your answers " + quote(0) + " and " + quote(1) + ".");
    reason.emphasisedBy = {{app, 0}, {app, 1}, {app, 2}, {app, 3}};
    CHECK(render(*emphasisPhrase(kb, reason)) == "It counts more here because of your answers " +
                                                     quote(0) + ", " + quote(1) + ", " + quote(2) +
                                                     " and " + quote(3) + ".");
    CHECK(reasonSentence(kb, reason) ==
          kb.evidence[0].summary + " " + render(*emphasisPhrase(kb, reason)));
}
