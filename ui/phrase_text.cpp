#include "ui/phrase_text.h"

#include <QCoreApplication>

namespace advisor::ui {

QString phraseText(const Phrase& phrase) {
    const QString translated = QCoreApplication::translate(kPhraseContext, phrase.text.c_str());
    return QString::fromStdString(render(translated.toStdString(), phrase.args));
}

QString phraseText(const std::optional<Phrase>& phrase) {
    return phrase ? phraseText(*phrase) : QString();
}

} // namespace advisor::ui
