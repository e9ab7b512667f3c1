// A sentence the product says, kept as an English template with %1..%9 and its arguments.
//
// Core has no Qt, so it cannot translate; it hands the GUI the template, which the GUI looks up
// in its translations (context kPhraseContext) before filling in the arguments. The command
// line and the reports render the English template directly. An argument is a phrase itself:
// either data (a name, a number, a label: `literal`, never translated) or a smaller template,
// such as a quoted answer or a list of them, translated in its turn.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace advisor {

inline constexpr const char* kPhraseContext = "advisor::Sentences";

struct Phrase {
    std::string text;         // the English template (the translation's source), or the data
    std::vector<Phrase> args; // fill %1..%9
    bool literal = false;     // data: shown as it is, never translated or scanned for %n
};

[[nodiscard]] Phrase literal(std::string text);

// `text` with every %n replaced by args[n-1], in one pass (an argument's own "%1" stays as it
// is). A %n without an argument stays too.
[[nodiscard]] std::string render(const std::string& text, const std::vector<std::string>& args);

// The phrase in English, or through `translate` (English template in, translated template out).
using TranslateTemplate = std::function<std::string(const std::string&)>;
[[nodiscard]] std::string render(const Phrase& phrase, const TranslateTemplate& translate = {});

} // namespace advisor
