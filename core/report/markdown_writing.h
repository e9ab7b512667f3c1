// What the Markdown record's writers share: phrases rendered into Markdown (their arguments
// escaped by the caller; no template holds a character Markdown gives a meaning), the small
// formats, and the sections written in a file of their own. Internal to core/report.
#pragma once

#include "core/base/phrase.h"
#include "core/report/report_content.h"
#include "core/report/report_phrases.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace advisor::markdown {

namespace phrases = report_phrases;

std::string md(const Phrase& phrase);
std::string esc(const std::string& text); // escapeMarkdownLine
// "**Gains:** ..." or, for a label that reads on, "**Revisit** when ...".
std::string labelled(const phrases::LabelledPhrase& item);
std::string outsideMark(); // " *(outside the article)*"
// "a", "a and b", "a, b and c".
std::string joined(const std::vector<std::string>& items);
std::string fixed2(double value); // "0.64"; never "-0.00"

// "## Your situation": the two lenses, the flip point, and the team's facts with their sources.
void writeSituation(std::ostream& os, const ReportInput& in, const ReportContent& content);
// "## Who answered, and where they differ", for a group.
void writeGroup(std::ostream& os, const ReportInput& in, const ReportContent& content);

} // namespace advisor::markdown
