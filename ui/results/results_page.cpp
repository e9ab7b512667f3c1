#include "ui/results/results_page.h"

#include "ui/decision_session.h"
#include "ui/first_paint_probe.h"
#include "ui/results/lenses_panel.h"
#include "ui/results/profile_charts.h"
#include "ui/results/reasons_model.h"
#include "ui/results/recommendation_banner.h"
#include "ui/results/score_charts.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace advisor::ui {
namespace {

// The reasons table shows all its rows at their wrapped height, so the page's one scroll
// area scrolls everything (no table scrolling inside a scrolling page).
class FittedTableView : public QTableView {
public:
    using QTableView::QTableView;

    void fitToRows() {
        resizeRowsToContents();
        int height = horizontalHeader()->height() + 2 * frameWidth();
        for (int row = 0; row < model()->rowCount(); ++row)
            height += rowHeight(row);
        setFixedHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QTableView::resizeEvent(event);
        fitToRows(); // wrapped rows change height with the width
    }
};

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

ResultsPage::ResultsPage(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session),
      banner_(new RecommendationBanner(session->knowledgeBase(), this)),
      lenses_(new LensesPanel(session->knowledgeBase(), {}, this)), chartArea_(new QWidget(this)),
      reasonsModel_(new ReasonsModel(session->knowledgeBase(), this)),
      reasons_(new FittedTableView(this)) {
    setObjectName(QStringLiteral("resultsPage"));
    buildChartArea();
    buildReasonsTable();
    layOutPage(buildContent());
    connect(session_, &DecisionSession::evaluationChanged, this, &ResultsPage::sessionChanged);
    connect(lenses_, &LensesPanel::countsChosen, session_,
            [this](double counts) { session_->setSituationCounts(counts); });
    // Charts cost more than the rest of the window together; they wait for the first paint.
    new FirstPaintProbe(banner_, [this] { ensureCharts(); });
}

// Two rows of two charts, built after the first paint (ensureCharts); the room is kept meanwhile.
void ResultsPage::buildChartArea() {
    chartArea_->setObjectName(QStringLiteral("chartArea"));
    chartArea_->setMinimumHeight(2 * 260);
    auto* charts = new QGridLayout(chartArea_);
    charts->setContentsMargins(0, 0, 0, 0);
    // Equal columns: each chart's size hint differs, and the narrower one truncated its labels.
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
}

void ResultsPage::buildReasonsTable() {
    reasons_->setObjectName(QStringLiteral("reasonsTable"));
    reasons_->setAccessibleName(tr("Reasons with citations"));
    reasons_->setModel(reasonsModel_);
    reasons_->setWordWrap(true);
    reasons_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    reasons_->setSelectionBehavior(QAbstractItemView::SelectRows);
    reasons_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    reasons_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    reasons_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = reasons_->horizontalHeader();
    header->setSectionResizeMode(ReasonsModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReasonsModel::FavoursColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonsModel::ImpactColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonsModel::SourceColumn, QHeaderView::Interactive);
    header->resizeSection(ReasonsModel::SourceColumn, 260);
}

// The banner, the charts, and the reasons under their heading (or why there are none).
QWidget* ResultsPage::buildContent() {
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(banner_);
    layout->addWidget(lenses_);
    layout->addWidget(chartArea_);
    reasonsHeading_ = heading(tr("Why: the evidence behind the recommendation"), content);
    reasonsHeading_->setObjectName(QStringLiteral("reasonsHeading"));
    layout->addWidget(reasonsHeading_);
    noReasons_ = new QLabel(tr("No answer yet makes any of the article's claims apply. Each "
                               "answer in the questionnaire says which claims fit the project; "
                               "the Evidence page lists them all."),
                            content);
    noReasons_->setObjectName(QStringLiteral("noReasonsLabel"));
    noReasons_->setWordWrap(true);
    noReasons_->setForegroundRole(QPalette::PlaceholderText);
    noReasons_->hide();
    layout->addWidget(noReasons_);
    layout->addWidget(reasons_);
    layout->addStretch(1);
    return content;
}

// One scroll area for the whole page.
void ResultsPage::layOutPage(QWidget* content) {
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("resultsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void ResultsPage::ensureCharts() {
    if (chartsReady())
        return;
    const KnowledgeBase& kb = session_->knowledgeBase();
    auto* grid = static_cast<QGridLayout*>(chartArea_->layout());
    scores_ = new CriterionScoresChart(kb, chartArea_);
    contributions_ = new ContributionsChart(kb, chartArea_);
    radar_ = new ProfileRadarChart(kb, chartArea_);
    figures_ = new EvidenceFiguresChart(kb, chartArea_);
    figuresCaption_ = new QLabel(figures_->caption(), chartArea_);
    figuresCaption_->setObjectName(QStringLiteral("figuresCaption"));
    figuresCaption_->setTextFormat(Qt::PlainText);
    figuresCaption_->setWordWrap(true);
    figuresCaption_->setForegroundRole(QPalette::PlaceholderText);
    auto* figuresBox = new QWidget(chartArea_);
    auto* figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(figures_, 1);
    figuresLayout->addWidget(figuresCaption_);
    grid->addWidget(scores_, 0, 0);
    grid->addWidget(contributions_, 0, 1);
    grid->addWidget(radar_, 1, 0);
    grid->addWidget(figuresBox, 1, 1);
    // Widgets added to a page already on screen would otherwise appear only after a queued
    // show, one frame late.
    for (QWidget* chart : {static_cast<QWidget*>(scores_), static_cast<QWidget*>(contributions_),
                           static_cast<QWidget*>(radar_)})
        chart->show();
    figuresBox->setVisible(figures_->hasFigures());
    stale_ = true;
    refresh();
}

void ResultsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        refresh();
}

void ResultsPage::sessionChanged() {
    stale_ = true;
    if (isVisible())
        refresh();
}

void ResultsPage::refresh() {
    const Evaluation& evaluation = session_->shownEvaluation();
    banner_->showEvaluation(evaluation);
    lenses_->showEvaluation(evaluation);
    reasonsModel_->setEvaluation(evaluation);
    reasonsHeading_->setText(evaluation.recommendation.tied
                                 ? tr("What pulls each way: the evidence your answers apply, "
                                      "then your situation")
                                 : tr("Why: the evidence behind the recommendation, then your "
                                      "situation"));
    const bool anyReason = !evaluation.reasons.empty() || !evaluation.situation.reasons.empty();
    reasons_->setVisible(anyReason);
    noReasons_->setVisible(!anyReason);
    static_cast<FittedTableView*>(reasons_)->fitToRows();
    if (chartsReady()) {
        scores_->showEvaluation(evaluation);
        contributions_->showEvaluation(evaluation);
        radar_->showEvaluation(evaluation);
        figures_->showEvaluation(evaluation);
    }
    stale_ = false;
}

} // namespace advisor::ui
