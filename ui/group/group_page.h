// The Group page: who answered (a table to add, rename, remove and weigh respondents, and to
// pick whose answers the other pages edit), the group's result beside the tally and the
// consensus figure, a respondents × questions grid with the differing answers marked and the
// decisive questions first, a chart of each respondent's margin beside the group's, and each
// respondent's weights. It shows what the session's group evaluation says and holds no scoring
// logic; every change is an undoable command through the session.
#pragma once

#include "core/base/error.h"

#include <QWidget>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLayout;
class QPushButton;
class QScrollArea;
class QTableView;
QT_END_NAMESPACE

namespace advisor::ui {

class AnswersGridModel;
class DecisionSession;
class MarginChart;
class LensesPanel;
class RecommendationBanner;
class RespondentWeightsModel;
class RespondentsModel;

class GroupPage : public QWidget {
    Q_OBJECT

public:
    explicit GroupPage(DecisionSession* session, QWidget* parent = nullptr);

    // Asks for a line of text (a name) or a number (a voting weight); nothing when cancelled.
    // Tests answer without a modal dialog.
    using TextQuestion =
        std::function<std::optional<QString>(const QString& prompt, const QString& initial)>;
    using NumberQuestion =
        std::function<std::optional<double>(const QString& prompt, double initial)>;
    void setTextQuestion(TextQuestion ask) { askText_ = std::move(ask); }
    void setNumberQuestion(NumberQuestion ask) { askNumber_ = std::move(ask); }

    [[nodiscard]] QTableView* respondentsView() const { return respondentsView_; }
    [[nodiscard]] QTableView* gridView() const { return gridView_; }
    [[nodiscard]] MarginChart* marginChart() const { return marginChart_; }
    // The group's result, the tally and the consensus as shown.
    [[nodiscard]] QString summaryText() const;
    // Brings every view up to date now (normally done when the page is shown or changes).
    void refresh();

signals:
    void importRequested();
    void problem(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The constructor's parts. Tab visits widgets in the order they are made, so the order of
    // the calls matters.
    [[nodiscard]] QScrollArea* buildScrollArea();
    [[nodiscard]] QLabel* buildOneRespondentNote(QWidget* content);
    [[nodiscard]] QWidget* buildRespondents(QWidget* content);
    [[nodiscard]] QWidget* buildResult(QWidget* content);
    void buildGroupOnly();
    [[nodiscard]] QWidget* buildAnswersGrid();
    [[nodiscard]] QLayout* buildMarginsAndWeights();
    void connectSession();
    void askWithInputDialogs();

    void sessionChanged();
    void addRespondent();
    void renameRespondent();
    void setVotingWeight();
    void removeRespondent();
    [[nodiscard]] std::optional<std::size_t> currentRespondent() const;
    void report(const Status& status);
    void selectSessionRespondent();

    DecisionSession* session_;
    RespondentsModel* respondents_;
    AnswersGridModel* grid_;
    RespondentWeightsModel* weights_;
    QLabel* oneRespondentNote_;
    RecommendationBanner* banner_;
    LensesPanel* lenses_ = nullptr;
    QLabel* tally_;
    QLabel* split_;
    QLabel* consensus_;
    QTableView* respondentsView_;
    QTableView* gridView_;
    QTableView* weightsView_;
    MarginChart* marginChart_;
    QPushButton* rename_;
    QPushButton* weight_;
    QPushButton* remove_;
    QWidget* groupOnly_;
    QWidget* resultBox_;
    bool stale_ = true;
    TextQuestion askText_;
    NumberQuestion askNumber_;
};

} // namespace advisor::ui
