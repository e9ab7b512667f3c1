#include "core/model/explanations.h"
#include "main_window_fixture.h"
#include "ui/chart_style.h"
#include "ui/decision_session.h"
#include "ui/results/profile_charts.h"
#include "ui/results/reasons_model.h"
#include "ui/results/recommendation_banner.h"
#include "ui/results/results_page.h"
#include "ui/results/score_charts.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QRadioButton>
#include <QTableView>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::optionName;
using advisor::ui::test::WindowFixture;

namespace {

// Shows the Results page and waits for its charts, which are built after its first paint.
ResultsPage* openResults(WindowFixture& f) {
    f.window->showPage(MainWindow::ResultsView);
    ResultsPage* page = f.window->resultsPage();
    REQUIRE(QTest::qWaitFor([page] { return page->chartsReady(); }, 5000));
    return page;
}

QString bannerText(WindowFixture& f) {
    return f.find<QLabel>(QStringLiteral("headlineLabel"))->text();
}

void answer(DecisionSession* session, const char* question, const char* option) {
    const auto q = *session->knowledgeBase().questionIndex(question);
    session->setSingleAnswer(q, *session->knowledgeBase().questions[q].optionIndex(option));
}

// German numbers (and, given a translator, German texts) for one test; back to the tests' C
// locale and English when it ends, even when a check fails.
class GermanScope {
public:
    explicit GermanScope(QTranslator* translator = nullptr) : translator_(translator) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        if (translator_)
            QCoreApplication::installTranslator(translator_);
    }
    ~GermanScope() {
        if (translator_)
            QCoreApplication::removeTranslator(translator_);
        QLocale::setDefault(QLocale::c());
    }
    GermanScope(const GermanScope&) = delete;
    GermanScope& operator=(const GermanScope&) = delete;

private:
    QTranslator* translator_;
};

} // namespace

TEST_CASE("Charts wait for the Results page's first paint", "[results]") {
    WindowFixture f;
    ResultsPage* page = f.window->resultsPage(); // built, but hidden behind the questionnaire
    QTest::qWait(50);
    CHECK_FALSE(page->chartsReady());
    openResults(f);
    CHECK(page->scoresChart()->chart()->animationOptions() == QChart::NoAnimation);
    CHECK(page->scoresChart()->isVisible());
}

TEST_CASE("With nothing answered the banner names no winner and says the answers decide",
          "[results]") {
    WindowFixture f;
    openResults(f);
    const QString headline = bannerText(f);
    CHECK(headline.startsWith(QStringLiteral("No stack is ahead: Node.js and Python score the "
                                             "same")));
    auto* undecided = f.find<QLabel>(QStringLiteral("undecidedLabel"));
    CHECK(undecided->isVisible());
    CHECK(undecided->text().contains(
        QStringLiteral("depends on the specific needs of your project")));
    CHECK(f.find<QLabel>(QStringLiteral("confidenceLabel"))
              ->text()
              .contains(QStringLiteral("leave them tied")));
    CHECK(f.find<QLabel>(QStringLiteral("hybridLabel"))->isHidden());
    // No reasons yet: the page says why instead of showing an empty table.
    CHECK(f.find<QLabel>(QStringLiteral("noReasonsLabel"))->isVisible());
    CHECK(f.find<QTableView>(QStringLiteral("reasonsTable"))->isHidden());

    answer(f.window->session(), "priority", "speed");
    CHECK(bannerText(f).startsWith(QStringLiteral("Lean towards Node.js")));
    CHECK(undecided->isHidden());
    CHECK(f.find<QLabel>(QStringLiteral("noReasonsLabel"))->isHidden());
}

TEST_CASE("The banner says the winner, verdict, margin in words and confidence", "[results]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    answer(session, "ml_libraries", "core");
    openResults(f);
    const KnowledgeBase& kb = session->knowledgeBase();
    const Evaluation& ev = session->evaluation();
    CHECK(bannerText(f) == QString::fromStdString(headline(kb, ev)));
    CHECK(bannerText(f).contains(QStringLiteral("points on a 0–10 scale")));
    CHECK(f.find<QLabel>(QStringLiteral("verdictLabel"))->text() ==
          QStringLiteral("Verdict: ") +
              QString::fromStdString(verdictLabel(ev.recommendation.verdict)));
    CHECK(f.find<QLabel>(QStringLiteral("confidenceLabel"))->text() ==
          QString::fromStdString(confidenceSentence(kb, ev)));
}

TEST_CASE("Numbers in the results follow the locale's decimal mark", "[results][locale]") {
    const GermanScope german;
    WindowFixture f;
    DecisionSession* session = f.window->session();
    answer(session, "ml_libraries", "core");
    ResultsPage* page = openResults(f);
    // The charts' axis and bar labels use the locale's digits as well.
    CHECK(page->scoresChart()->chart()->localizeNumbers());
    CHECK(page->scoresChart()->chart()->locale().language() == QLocale::German);
    const KnowledgeBase& kb = session->knowledgeBase();
    const Evaluation& ev = session->evaluation();
    const NumberFormat germanNumbers{",", "."};
    CHECK(bannerText(f) == QString::fromStdString(headline(kb, ev, germanNumbers)));
    // "by 1,62 points": a comma between the margin's digits, never a point.
    const QString margin =
        QString::fromStdString(formatFixed(ev.recommendation.margin, 2, {",", "."}));
    CHECK(margin.contains(QLatin1Char(',')));
    CHECK(bannerText(f).contains(margin));
    CHECK(f.find<QLabel>(QStringLiteral("confidenceLabel"))->text() ==
          QString::fromStdString(confidenceSentence(kb, ev, germanNumbers)));
    CHECK(f.find<QLabel>(QStringLiteral("confidenceLabel"))
              ->text()
              .contains(QStringLiteral("10.000")));
}

TEST_CASE("In German the banner, reasons and verdict speak German", "[results][i18n]") {
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("backend-advisor"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    const GermanScope german(&translator);
    WindowFixture f;
    DecisionSession* session = f.window->session();
    answer(session, "latency", "realtime");
    openResults(f);
    const Evaluation& ev = session->evaluation();
    const QString headline = bannerText(f);
    INFO(headline.toStdString());
    CHECK(headline.contains(QStringLiteral("auf einer Skala von 0 bis 10")));
    CHECK(headline.contains(
        QString::fromStdString(formatFixed(ev.recommendation.margin, 2, {",", "."}))));
    CHECK(f.find<QLabel>(QStringLiteral("confidenceLabel"))
              ->text()
              .contains(QStringLiteral("gewinnt")));
    // A reason the answer emphasised ends with the German sentence about it.
    auto* reasons = f.find<QTableView>(QStringLiteral("reasonsTable"));
    REQUIRE(reasons != nullptr);
    bool germanEmphasis = false;
    for (int row = 0; row < reasons->model()->rowCount(); ++row) {
        const QString text = reasons->model()->index(row, 0).data().toString();
        germanEmphasis = germanEmphasis || text.contains(QStringLiteral("wegen Ihrer Antwort"));
        CHECK_FALSE(text.contains(QStringLiteral("because of your answer")));
    }
    CHECK(germanEmphasis);
}

TEST_CASE("Changing one answer updates the banner and the chart series at once", "[results]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    answer(session, "latency", "realtime");
    ResultsPage* page = openResults(f);
    const QString before = bannerText(f);
    const double pythonUseCase = page->scoresChart()->barSets()[1]->at(3);
    const double nodeTotalBefore = page->contributionsChart()->barSets()[0]->at(0) +
                                   page->contributionsChart()->barSets()[1]->at(0) +
                                   page->contributionsChart()->barSets()[2]->at(0) +
                                   page->contributionsChart()->barSets()[3]->at(0);

    answer(session, "ml_libraries", "core");

    const Evaluation& ev = session->evaluation();
    CHECK(bannerText(f) != before);
    CHECK(bannerText(f) == QString::fromStdString(headline(session->knowledgeBase(), ev)));
    // Series are the same objects, with the new values.
    for (std::size_t a = 0; a < ev.alternatives.size(); ++a)
        for (std::size_t c = 0; c < ev.alternatives[a].scores.size(); ++c)
            CHECK(page->scoresChart()->barSets()[a]->at(static_cast<int>(c)) ==
                  Approx(ev.alternatives[a].scores[c]));
    CHECK(page->scoresChart()->barSets()[1]->at(3) != Approx(pythonUseCase));
    double nodeTotal = 0;
    for (QBarSet* set : page->contributionsChart()->barSets())
        nodeTotal += set->at(0);
    CHECK(nodeTotal == Approx(ev.alternatives[0].total));
    CHECK(nodeTotal != Approx(nodeTotalBefore));
    const auto points = page->radarChart()->profiles()[1]->points();
    REQUIRE(points.size() == 5); // four criteria and the closing point
    CHECK(points[3].y() == Approx(ev.alternatives[1].scores[3]));
    CHECK(points[4].y() == Approx(points[0].y()));
}

TEST_CASE("Skipping every question names the defaults in the results", "[results]") {
    WindowFixture f;
    openResults(f);
    CHECK(f.find<QLabel>(QStringLiteral("defaultsLabel"))->text() ==
          QStringLiteral("Nothing is answered yet: every question takes its neutral default "
                         "(13)."));
    answer(f.window->session(), "growth", "rapid");
    const QString defaults = f.find<QLabel>(QStringLiteral("defaultsLabel"))->text();
    CHECK(defaults.contains(QStringLiteral("(12)")));
    for (const Question& q : f.window->session()->knowledgeBase().questions) {
        if (q.id == "growth")
            continue;
        CHECK(defaults.contains(QString::fromStdString(q.text)));
        for (std::size_t o : q.defaultOptions) // and the answer assumed for it
            CHECK(defaults.contains(QString::fromStdString(q.options[o].label)));
    }

    answer(f.window->session(), "team", "python");
    CHECK(f.find<QLabel>(QStringLiteral("defaultsLabel"))->text().contains(QStringLiteral("(11)")));
}

TEST_CASE("An answer the article is silent on is said to change nothing", "[results]") {
    WindowFixture f;
    openResults(f);
    auto* silent = f.find<QLabel>(QStringLiteral("silentLabel"));
    CHECK(silent->isHidden());
    answer(f.window->session(), "architecture", "serverless");
    CHECK(silent->isVisible());
    CHECK(silent->text() ==
          QStringLiteral("The article says nothing about “Serverless functions” for “How will "
                         "the backend be structured?”, so that answer leaves the result as it "
                         "is."));
}

TEST_CASE("Real-time and machine-learning work together show the hybrid suggestion", "[results]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    openResults(f);
    auto* hybrid = f.find<QLabel>(QStringLiteral("hybridLabel"));
    CHECK(hybrid->isHidden());
    const auto appType = *session->knowledgeBase().questionIndex("app_type");
    const auto& q = session->knowledgeBase().questions[appType];
    session->setMultiAnswer(appType,
                            std::vector<std::size_t>{*q.optionIndex("chat"), *q.optionIndex("ml")});
    REQUIRE(session->evaluation().recommendation.hybrid);
    CHECK(hybrid->isVisible());
    CHECK(hybrid->text().contains(
        QString::fromStdString(*session->evaluation().recommendation.hybrid)));
}

TEST_CASE("The reasons table lists every reason with its citation", "[results][model]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    ResultsPage* page = openResults(f);
    ReasonsModel* model = page->reasonsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    answer(session, "team", "javascript");
    answer(session, "concurrency", "massive");
    const Evaluation& ev = session->evaluation();
    // The article's reasons, then the team's situation's facts.
    REQUIRE(model->rowCount() == static_cast<int>(ev.reasons.size() + ev.situation.reasons.size()));
    REQUIRE(ev.situation.reasons.size() == 1);
    const KnowledgeBase& kb = session->knowledgeBase();
    const EvidenceItem& top = kb.evidence[ev.reasons.front().evidence];
    CHECK(model->index(0, ReasonsModel::ReasonColumn)
              .data()
              .toString()
              .startsWith(QString::fromStdString(top.summary)));
    CHECK(model->index(0, ReasonsModel::SourceColumn)
              .data()
              .toString()
              .contains(QString::fromStdString(top.source.title)));
    // The tooltip quotes the article; the id stays out of sight.
    CHECK(model->index(0, ReasonsModel::SourceColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QString::fromStdString(top.source.quote).toHtmlEscaped()));
    CHECK_FALSE(
        model->index(0, ReasonsModel::SourceColumn).data().toString().contains(QLatin1Char('[')));
    // Team familiarity is the team's situation: cited, with the answer that asserts it, and
    // marked as not from the article.
    const int last = model->rowCount() - 1;
    for (int row = 0; row < last; ++row)
        CHECK_FALSE(model->index(row, 0).data(ReasonsModel::SituationRole).toBool());
    CHECK(model->index(last, 0).data(ReasonsModel::SituationRole).toBool());
    CHECK(model->index(last, 0).data(ReasonsModel::OutsideArticleRole).toBool());
    CHECK(model->index(last, ReasonsModel::ReasonColumn)
              .data()
              .toString()
              .endsWith(QStringLiteral("because of your answer “JavaScript / TypeScript”.")));
    CHECK(model->index(last, ReasonsModel::FavoursColumn).data().toString() ==
          QStringLiteral("Node.js"));
    CHECK(model->index(last, ReasonsModel::SourceColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("outside the article: Choose Boring Technology")));
    answer(session, "latency", "realtime"); // resets the model under the tester
    CHECK(model->rowCount() == static_cast<int>(session->evaluation().reasons.size() +
                                                session->evaluation().situation.reasons.size()));
    auto* table = f.find<QTableView>(QStringLiteral("reasonsTable"));
    CHECK(table->model() == model);
}

TEST_CASE("The evidence chart shows the article's figures as shares, a range as a range",
          "[results]") {
    WindowFixture f;
    ResultsPage* page = openResults(f);
    EvidenceFiguresChart* chart = page->evidenceChart();
    REQUIRE(chart->hasFigures());
    const auto& solid = chart->solidSets();
    const auto& range = chart->rangeSets();
    REQUIRE(solid.size() == 2);
    REQUIRE(range.size() == 2);
    // One value per figure: the JSON time first, then the throughput.
    REQUIRE(solid[0]->count() == 2);
    // json_response_time: Python takes 2 to 3 times Node.js's time (lower is better): Node.js
    // 100%, Python from 1/3 to 1/2 of it, drawn as a bar to 33% and a lighter part to 50%.
    CHECK(solid[0]->at(0) == Approx(100));
    CHECK(range[0]->at(0) == Approx(0));
    CHECK(solid[1]->at(0) == Approx(100.0 / 3));
    CHECK(range[1]->at(0) == Approx(50 - 100.0 / 3));
    // throughput_figures: 40,000 vs 10,000 requests per second → 100% vs 25%, no range.
    CHECK(solid[0]->at(1) == Approx(100));
    CHECK(solid[1]->at(1) == Approx(25));
    CHECK(range[1]->at(1) == Approx(0));
    CHECK(chart->caption().contains(QStringLiteral("40,000")));
    CHECK(chart->caption().contains(QStringLiteral("2 to 3 times")));
}

TEST_CASE("The results charts' value axes carry their numbers", "[results]") {
    // Qt 6.4 prints nothing for a "%d" label format once numbers are localised; the charts
    // read as bars without a scale. Look below each plot area for the labels' ink.
    WindowFixture f;
    ResultsPage* page = openResults(f);
    for (QChartView* view : {static_cast<QChartView*>(page->scoresChart()),
                             static_cast<QChartView*>(page->contributionsChart())}) {
        INFO(view->objectName().toStdString());
        const QImage image = view->grab().toImage();
        const QRectF plot = view->chart()->plotArea();
        const bool horizontal = view == page->scoresChart();
        // The value axis: below the plot for the horizontal bars, left of it for the stacks.
        const QRect band =
            horizontal
                ? QRect(qRound(plot.left()), qRound(plot.bottom()) + 8, qRound(plot.width()), 14)
                : QRect(qRound(plot.left()) - 24, qRound(plot.top()), 18, qRound(plot.height()));
        const QColor background = view->chart()->backgroundBrush().color();
        int ink = 0;
        for (int y = band.top(); y <= band.bottom(); ++y)
            for (int x = band.left(); x <= band.right(); ++x)
                if (image.rect().contains(x, y) &&
                    std::abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 80)
                    ++ink;
        CHECK(ink > 20);
    }
}

TEST_CASE("Charts keep each alternative's colour through a palette change", "[results]") {
    WindowFixture f;
    ResultsPage* page = openResults(f);
    const KnowledgeBase& kb = f.window->session()->knowledgeBase();
    QPalette dark = page->palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, Qt::white);
    page->setPalette(dark);
    QCoreApplication::processEvents();
    CHECK(page->scoresChart()->chart()->theme() == QChart::ChartThemeDark);
    CHECK(page->scoresChart()->barSets()[0]->color() == alternativeColor(kb, 0));
    CHECK(page->radarChart()->profiles()[1]->pen().color() == alternativeColor(kb, 1));
    CHECK(page->scoresChart()->chart()->backgroundBrush().color() == QColor(20, 20, 20));
}
