// The knowledge base's field formats, read with the JSON field to blame when they are wrong:
// ids, colours, dates, a figure's values, a citation.
#pragma once

#include "core/base/json_io.h"
#include "core/kb/knowledge_base.h"

#include <set>
#include <string>
#include <vector>

namespace advisor::kb_fields {

bool isColor(const std::string& s);   // #rrggbb
bool isIsoDate(const std::string& s); // YYYY-MM-DD

// An id of lower-case letters, digits and '_' starting with a letter.
std::string idOf(const JsonCursor& cursor);

template <typename Item>
void requireUniqueIds(const std::vector<Item>& items, const JsonCursor& array) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!seen.insert(items[i].id).second)
            array.at(i).at("id").fail("duplicate id \"" + items[i].id + "\"");
}

// A number, or [low, high] where the source gives a range ("2 to 3 times").
FigureValue figureValue(const JsonCursor& value);

// The article's own words (a quote of at least a few words), or a public source outside it that
// says so (outside_article, with its url).
Citation citation(const JsonCursor& source);

} // namespace advisor::kb_fields
