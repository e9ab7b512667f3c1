// Results, live: the recommendation banner, the two lenses (the article's criteria and the
// team's situation, with how much the situation counts), the four charts and the reasons with
// citations.
// The banner and reasons are built with the page; the charts are built after the page's first
// paint (they are the expensive part), and updated in place afterwards. While the page is
// hidden, session changes only mark it stale, so edits elsewhere never wait for chart work.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace advisor::ui {

class ContributionsChart;
class CriterionScoresChart;
class DecisionSession;
class EvidenceFiguresChart;
class LensesPanel;
class ProfileRadarChart;
class ReasonsModel;
class RecommendationBanner;

class ResultsPage : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPage(DecisionSession* session, QWidget* parent = nullptr);

    [[nodiscard]] bool chartsReady() const { return scores_ != nullptr; }
    [[nodiscard]] RecommendationBanner* banner() const { return banner_; }
    [[nodiscard]] LensesPanel* lensesPanel() const { return lenses_; }
    [[nodiscard]] CriterionScoresChart* scoresChart() const { return scores_; }
    [[nodiscard]] ContributionsChart* contributionsChart() const { return contributions_; }
    [[nodiscard]] ProfileRadarChart* radarChart() const { return radar_; }
    [[nodiscard]] EvidenceFiguresChart* evidenceChart() const { return figures_; }
    [[nodiscard]] ReasonsModel* reasonsModel() const { return reasonsModel_; }

    // Builds the charts now instead of after the first paint (tools that grab the page).
    void ensureCharts();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The constructor's parts. Tab visits widgets in the order they are made, so the order of
    // the calls matters.
    void buildChartArea();
    void buildReasonsTable();
    [[nodiscard]] QWidget* buildContent();
    void layOutPage(QWidget* content);

    void sessionChanged();
    void refresh();

    DecisionSession* session_;
    RecommendationBanner* banner_;
    LensesPanel* lenses_;
    QWidget* chartArea_;
    ReasonsModel* reasonsModel_;
    QTableView* reasons_;
    CriterionScoresChart* scores_ = nullptr;
    ContributionsChart* contributions_ = nullptr;
    ProfileRadarChart* radar_ = nullptr;
    EvidenceFiguresChart* figures_ = nullptr;
    QLabel* figuresCaption_ = nullptr;
    QLabel* reasonsHeading_ = nullptr;
    QLabel* noReasons_ = nullptr;
    bool stale_ = true;
};

} // namespace advisor::ui
