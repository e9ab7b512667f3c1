// A sentence the product says, kept as an English template with %1..%9 and its arguments.
//
// Core has no Qt, so it cannot translate; it hands the GUI the template, which the GUI looks up
// in its translations (context kPhraseContext) before filling in the arguments. The command
// line and the reports render the English template directly.
#pragma once

#include <string>
#include <vector>

namespace advisor {

inline constexpr const char* kPhraseContext = "advisor::Sentences";

struct Phrase {
    std::string text;              // the English template: also the translation's source text
    std::vector<std::string> args; // formatted numbers, names, labels: never translated
};

// `text` with every %n replaced by args[n-1], in one pass (an argument's own "%1" stays as it
// is). A %n without an argument stays too.
std::string render(const std::string& text, const std::vector<std::string>& args);
inline std::string render(const Phrase& phrase) {
    return render(phrase.text, phrase.args);
}

} // namespace advisor
