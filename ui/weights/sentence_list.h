// A heading over a bulleted list of plain-language sentences (flip points, answer flips), with a
// line of its own for when there is nothing to list.
#pragma once

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace advisor::ui {

class SentenceList : public QWidget {
    Q_OBJECT

public:
    SentenceList(const QString& heading, const QString& emptyText, QWidget* parent);

    void setSentences(const QStringList& sentences);
    [[nodiscard]] const QStringList& sentences() const { return sentences_; }
    [[nodiscard]] QLabel* body() const { return body_; }

private:
    QString emptyText_;
    QStringList sentences_;
    QLabel* body_ = nullptr;
};

} // namespace advisor::ui
