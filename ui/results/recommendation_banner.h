// The headline of the results: who wins, how clearly (verdict, margin in words, Monte Carlo
// confidence), or that nothing separates them yet and why; the hybrid suggestion when there is
// one (marked as outside the article), which questions took defaults and which answers the
// article says nothing about.
// All sentences come from core/explanations.h, so the GUI says what the CLI and reports say.
#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace advisor {
struct Evaluation;
struct KnowledgeBase;
} // namespace advisor

namespace advisor::ui {

class RecommendationBanner : public QFrame {
    Q_OBJECT

public:
    explicit RecommendationBanner(const KnowledgeBase& kb, QWidget* parent = nullptr);
    void showEvaluation(const Evaluation& evaluation);

    // The whole banner as plain text, as a screen reader would read it.
    [[nodiscard]] QString text() const;

private:
    const KnowledgeBase& kb_;
    QWidget* stripe_;
    QLabel* verdict_;
    QLabel* headline_;
    QLabel* confidence_;
    QLabel* undecided_;
    QLabel* hybrid_;
    QLabel* silent_;
    QLabel* lab_;
    QLabel* defaults_;
};

} // namespace advisor::ui
