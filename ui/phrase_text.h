// Core's sentences in the interface's language: a Phrase's English template is looked up in
// the translations (context "advisor::Sentences"), then its arguments are filled in.
#pragma once

#include "core/base/phrase.h"

#include <QString>
#include <optional>

namespace advisor::ui {

[[nodiscard]] QString phraseText(const Phrase& phrase);
// Empty when there is no phrase.
[[nodiscard]] QString phraseText(const std::optional<Phrase>& phrase);

} // namespace advisor::ui
