// How the GUI shows where a claim comes from: the article's title, date and section with its own
// words, or "outside the article" and the other source with its address.
#pragma once

#include <QString>

namespace advisor {
struct Citation;
}

namespace advisor::ui {

// Rich text for a tooltip: the source and, for the article, its words in quotes.
[[nodiscard]] QString citationTooltip(const Citation& source);
// One plain line: "Title (2025-04-24), section “Scalability”" or "outside the article: Title,
// https://…".
[[nodiscard]] QString citationLine(const Citation& source);

} // namespace advisor::ui
