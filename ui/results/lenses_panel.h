// The two lenses side by side, under the banner: what the article's criteria say alone, what the
// team's situation adds and from which facts, one slider for how much the situation counts, and
// where that slider would change the winner. Every sentence comes from
// core/model/situation_explanations.h, so the GUI says what the CLI and the report say.
#pragma once

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
QT_END_NAMESPACE

namespace advisor {
struct Evaluation;
struct KnowledgeBase;
} // namespace advisor

namespace advisor::ui {

class LensesPanel : public QGroupBox {
    Q_OBJECT

public:
    // `namePrefix` keeps the object names of a second panel (the Weights page's) apart.
    explicit LensesPanel(const KnowledgeBase& kb, const QString& namePrefix = {},
                         QWidget* parent = nullptr);

    // Shows `evaluation`; the slider follows its situation_counts without emitting.
    void showEvaluation(const Evaluation& evaluation);

    [[nodiscard]] QSlider* countsSlider() const { return slider_; }
    // Everything the panel says, as a screen reader reads it.
    [[nodiscard]] QString text() const;

signals:
    // The user moved the slider: how much the situation should count, 0..1.
    void countsChosen(double counts);

private:
    void buildRows(const QString& namePrefix);

    const KnowledgeBase& kb_;
    QLabel* article_;
    QLabel* situation_;
    QLabel* countsCaption_;
    QSlider* slider_;
    QLabel* countsValue_;
    QLabel* flip_;
    QLabel* disputed_;
    QLabel* advice_;
};

} // namespace advisor::ui
