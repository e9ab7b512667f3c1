#include "core/kb/knowledge_base.h"

#include <algorithm>

namespace advisor {
namespace {

template <typename Items>
std::optional<std::size_t> indexById(const Items& items, const std::string& id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const auto& x) { return x.id == id; });
    if (it == items.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - items.begin());
}

} // namespace

std::string Citation::text() const {
    std::string out = title;
    if (!publisher.empty())
        out += ", " + publisher;
    if (!date.empty())
        out += " (" + date + ")";
    if (!section.empty())
        out += ", section \u201c" + section + "\u201d";
    if (outsideArticle && !url.empty())
        out += ", " + url;
    return out;
}

std::optional<std::size_t> Question::optionIndex(const std::string& optionId) const {
    return indexById(options, optionId);
}

std::optional<std::size_t> KnowledgeBase::alternativeIndex(const std::string& id) const {
    return indexById(alternatives, id);
}
std::optional<std::size_t> KnowledgeBase::criterionIndex(const std::string& id) const {
    return indexById(criteria, id);
}
std::optional<std::size_t> KnowledgeBase::evidenceIndex(const std::string& id) const {
    return indexById(evidence, id);
}
std::optional<std::size_t> KnowledgeBase::questionIndex(const std::string& id) const {
    return indexById(questions, id);
}
std::optional<std::size_t> KnowledgeBase::factIndex(const std::string& id) const {
    return indexById(situation.facts, id);
}

} // namespace advisor
