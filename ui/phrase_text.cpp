#include "ui/phrase_text.h"

#include <QCoreApplication>

namespace advisor::ui {

QString phraseText(const Phrase& phrase) {
    return QString::fromStdString(render(phrase, [](const std::string& text) {
        return QCoreApplication::translate(kPhraseContext, text.c_str()).toStdString();
    }));
}

QString phraseText(const std::optional<Phrase>& phrase) {
    return phrase ? phraseText(*phrase) : QString();
}

} // namespace advisor::ui
