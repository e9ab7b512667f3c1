// The Weights & sensitivity page driven as a user would: keyboard on the sliders and the pairwise
// matrix, clicks on its buttons, and checks on what the page then shows.
#include "core/kb/knowledge_base_loader.h"
#include "core/model/ahp.h"
#include "core/model/answers.h"
#include "core/model/explanations.h"
#include "screenshot_folder.h"
#include "ui/chart_style.h"
#include "ui/decision_session.h"
#include "ui/eliding_header_view.h"
#include "ui/weights/flip_chart.h"
#include "ui/weights/pairwise_model.h"
#include "ui/weights/pairwise_panel.h"
#include "ui/weights/sentence_list.h"
#include "ui/weights/weight_rebalance.h"
#include "ui/weights/win_probability_chart.h"
#include "ui/weights_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <numeric>

using namespace advisor;
using namespace advisor::ui;

namespace {

AnswerSet scenario(const KnowledgeBase& kb, const char* fileName) {
    auto answers = loadAnswers(std::string(ADVISOR_TEST_DATA_DIR) + "/answers/" + fileName, kb);
    REQUIRE(answers.ok());
    return answers.value();
}

// A session with the real-time chat scenario loaded, and the page at the smallest supported size.
struct PageFixture {
    DecisionSession session{builtInKnowledgeBase()};
    std::unique_ptr<WeightsPage> page;

    explicit PageFixture(const char* answersFile = "realtime-chat-js.json") {
        session.load(scenario(session.knowledgeBase(), answersFile));
        page = std::make_unique<WeightsPage>(&session, nullptr);
        page->resize(1024, 700);
        page->show();
    }

    template <typename T> T* find(const QString& name) const {
        auto* widget = page->findChild<T*>(name);
        REQUIRE(widget != nullptr);
        return widget;
    }
    QSlider* slider(const char* criterion) const {
        return find<QSlider>(QStringLiteral("weightSlider_") + QString::fromLatin1(criterion));
    }
    QString shownWeight(const char* criterion) const {
        return find<QLabel>(QStringLiteral("weightValue_") + QString::fromLatin1(criterion))
            ->text();
    }
    std::size_t criterion(const char* id) const {
        return *session.knowledgeBase().criterionIndex(id);
    }
};

double sum(const std::vector<double>& values) {
    return std::accumulate(values.begin(), values.end(), 0.0);
}

QString weightText(double w) {
    return QString::fromStdString(formatWeight(w));
}

// Picks a judgement in the matrix with the keyboard: F2 opens the combo editor, Home goes to
// 1/9, Down steps through the scale (each step applies at once), Return closes the editor.
void chooseJudgement(QTableView* table, int row, int column, int stepsAboveOneNinth) {
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    auto* combo = table->findChild<QComboBox*>(QStringLiteral("saatyEditor"));
    REQUIRE(combo != nullptr);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < stepsAboveOneNinth; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    // The delegate closes the editor through a queued call and the view deletes it later; do
    // both now so that the next edit finds its own editor.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(table->findChild<QComboBox*>(QStringLiteral("saatyEditor")) == nullptr);
}

constexpr int kOneNinth = 0;
constexpr int kOne = 8;
constexpr int kNine = 16;

} // namespace

TEST_CASE("Moving a weight slider by keyboard changes the shown weights and the result",
          "[weights]") {
    PageFixture f;
    const auto performance = f.criterion("performance");
    const auto before = f.session.evaluation();
    REQUIRE(before.weightSource == WeightSource::Answers);
    CHECK(f.shownWeight("performance") == weightText(before.weights[performance]));

    QSlider* slider = f.slider("performance");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp); // +0.1

    const auto& after = f.session.evaluation();
    CHECK(after.weightSource == WeightSource::Direct);
    CHECK(after.weights[performance] ==
          Approx(std::round(before.weights[performance] * 1000.0) / 1000.0 + 0.1));
    CHECK(sum(after.weights) == Approx(1.0));
    // The others shrank in proportion.
    const auto scalability = f.criterion("scalability");
    const auto ecosystem = f.criterion("ecosystem");
    CHECK(after.weights[scalability] / after.weights[ecosystem] ==
          Approx(before.weights[scalability] / before.weights[ecosystem]));

    double shownSum = 0.0;
    for (const auto& criterion : f.session.knowledgeBase().criteria) {
        const QString shown = f.shownWeight(criterion.id.c_str());
        CHECK(shown ==
              weightText(after.weights[*f.session.knowledgeBase().criterionIndex(criterion.id)]));
        shownSum += shown.toDouble();
    }
    CHECK(shownSum == Approx(1.0).margin(0.02)); // each shown to two decimals
    CHECK(after.alternatives[0].total != Approx(before.alternatives[0].total));
    CHECK(f.find<QLabel>(QStringLiteral("weightSource"))
              ->text()
              .contains(QStringLiteral("directly")));
}

TEST_CASE("A slider pushed to 1 and back shares the rest equally", "[weights]") {
    PageFixture f;
    QSlider* slider = f.slider("ecosystem");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    CHECK(f.shownWeight("ecosystem") == QStringLiteral("1.00"));
    CHECK(f.shownWeight("performance") == QStringLiteral("0.00"));
    QTest::keyClick(slider, Qt::Key_PageDown);
    const auto& w = f.session.evaluation().weights;
    CHECK(w[f.criterion("ecosystem")] == Approx(0.9));
    CHECK(w[f.criterion("performance")] == Approx(0.1 / 3.0));
    CHECK(w[f.criterion("use_case")] == Approx(0.1 / 3.0));

    // The helper behind it, directly: proportions kept, clamped, a lone criterion keeps all.
    const auto rebalanced = rebalanceWeights({0.5, 0.3, 0.2}, 0, 0.8);
    CHECK(rebalanced[0] == Approx(0.8));
    CHECK(rebalanced[1] == Approx(0.12));
    CHECK(rebalanced[2] == Approx(0.08));
    CHECK(sum(rebalanceWeights({0.5, 0.5}, 1, 1.7)) == Approx(1.0));
    CHECK(rebalanceWeights({1.0}, 0, 0.3) == std::vector<double>{1.0});
}

TEST_CASE("Reset returns to the weights the answers imply", "[weights]") {
    PageFixture f;
    const auto answersWeights = f.session.evaluation().weights;
    auto* reset = f.find<QPushButton>(QStringLiteral("resetWeightsButton"));
    CHECK_FALSE(reset->isEnabled()); // nothing to reset yet

    QSlider* slider = f.slider("use_case");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageDown);
    QTest::keyClick(slider, Qt::Key_PageDown);
    REQUIRE(f.session.evaluation().weights != answersWeights);
    REQUIRE(reset->isEnabled());

    QTest::mouseClick(reset, Qt::LeftButton);
    const auto& ev = f.session.evaluation();
    CHECK(ev.weightSource == WeightSource::Answers);
    for (std::size_t c = 0; c < answersWeights.size(); ++c)
        CHECK(ev.weights[c] == Approx(answersWeights[c]));
    CHECK(f.shownWeight("use_case") == weightText(answersWeights[f.criterion("use_case")]));
    CHECK(
        f.find<QLabel>(QStringLiteral("weightSource"))->text().contains(QStringLiteral("answers")));
    CHECK_FALSE(reset->isEnabled());
}

TEST_CASE("Undo restores the weights from before a slider move", "[weights]") {
    PageFixture f;
    QSlider* slider = f.slider("scalability");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp);
    const auto first = f.session.evaluation().weights;
    // Reset, then another move: two separate steps the Edit menu can undo one by one.
    f.session.resetWeights();
    const auto answersWeights = f.session.evaluation().weights;
    QTest::keyClick(slider, Qt::Key_PageDown);
    REQUIRE(f.session.evaluation().weights != answersWeights);

    f.session.undoStack()->undo();
    CHECK(f.session.evaluation().weights == answersWeights);
    CHECK(f.shownWeight("scalability") == weightText(answersWeights[f.criterion("scalability")]));
    CHECK(f.slider("scalability")->value() ==
          std::lround(answersWeights[f.criterion("scalability")] * 1000.0));

    f.session.undoStack()->undo(); // undoes the reset
    CHECK(f.session.evaluation().weights == first);
    CHECK(f.shownWeight("scalability") == weightText(first[f.criterion("scalability")]));
}

TEST_CASE("Editing a pairwise judgement updates the consistency ratio and the warning",
          "[weights][ahp]") {
    PageFixture f;
    auto* table = f.find<QTableView>(QStringLiteral("pairwiseTable"));
    auto* ratio = f.find<QLabel>(QStringLiteral("consistencyRatio"));
    auto* warning = f.find<QLabel>(QStringLiteral("ahpWarning"));
    CHECK(ratio->text().contains(QStringLiteral("0.00")));
    CHECK_FALSE(warning->isVisibleTo(f.page.get()));

    // Performance ≫ scalability ≫ ecosystem, yet ecosystem ≫ performance: a circle.
    chooseJudgement(table, 0, 1, kNine);
    chooseJudgement(table, 1, 2, kNine);
    chooseJudgement(table, 0, 2, kOneNinth);
    const auto* model = qobject_cast<PairwiseModel*>(table->model());
    REQUIRE(model != nullptr);
    CHECK(model->judgements().matrix[0][1] == 9.0);
    CHECK(model->judgements().matrix[2][0] == 9.0); // the reciprocal of 1/9
    CHECK(model->index(2, 0).data().toString() == QStringLiteral("9"));
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("1/9"));

    const auto ahp = analysePairwise(model->judgements());
    REQUIRE(ahp.consistencyRatio > kAcceptableConsistencyRatio);
    CHECK(ratio->text().contains(weightText(ahp.consistencyRatio)));
    CHECK(warning->isVisibleTo(f.page.get()));
    CHECK(warning->text() == QString::fromStdString(ahpWarning(f.session.knowledgeBase(), ahp,
                                                               model->judgements().matrix)));
    CHECK(warning->text().contains(QStringLiteral("Performance")));
    // Only a draft so far: the weights in force did not change.
    CHECK(f.session.evaluation().weightSource == WeightSource::Answers);

    chooseJudgement(table, 0, 2, kOne);
    chooseJudgement(table, 1, 2, kOne);
    chooseJudgement(table, 0, 1, kOne);
    CHECK(ratio->text().contains(QStringLiteral("0.00")));
    CHECK_FALSE(warning->isVisibleTo(f.page.get()));
}

TEST_CASE("The pairwise matrix works from the keyboard alone", "[weights][ahp]") {
    PageFixture f;
    auto* table = f.find<QTableView>(QStringLiteral("pairwiseTable"));
    const auto* model = qobject_cast<PairwiseModel*>(table->model());
    REQUIRE(model != nullptr);
    const auto before = model->judgements().matrix;
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    // Arrows walk the cells without touching a judgement.
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_Right);
    CHECK(table->currentIndex() == model->index(0, 2));
    CHECK(model->judgements().matrix == before);
    // Typing a value opens the editor on it.
    QTest::keyClick(table, Qt::Key_5);
    auto* combo = table->findChild<QComboBox*>(QStringLiteral("saatyEditor"));
    REQUIRE(combo != nullptr);
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(model->judgements().matrix[0][2] == 5.0);
    CHECK(model->index(2, 0).data().toString() == QStringLiteral("1/5"));
    CHECK(f.find<QLabel>(QStringLiteral("pairwiseWeights"))
              ->text()
              .contains(weightText(analysePairwise(model->judgements()).weights[0])));
}

TEST_CASE("Pairwise weights can be put in force, then follow each judgement, undoably",
          "[weights][ahp]") {
    PageFixture f;
    auto* table = f.find<QTableView>(QStringLiteral("pairwiseTable"));
    auto* use = f.find<QPushButton>(QStringLiteral("usePairwiseButton"));
    chooseJudgement(table, 0, 3, kOne + 2); // performance 3× use-case fit
    REQUIRE(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);

    const auto* model = qobject_cast<PairwiseModel*>(table->model());
    const auto& ev = f.session.evaluation();
    CHECK(ev.weightSource == WeightSource::Pairwise);
    CHECK_FALSE(use->isEnabled());
    const auto expected = analysePairwise(model->judgements()).weights;
    for (std::size_t c = 0; c < expected.size(); ++c)
        CHECK(ev.weights[c] == Approx(expected[c]));
    CHECK(f.shownWeight("performance") == weightText(expected[0]));
    CHECK(f.find<QLabel>(QStringLiteral("weightSource"))
              ->text()
              .contains(QStringLiteral("pairwise")));

    // Now each judgement applies at once, as its own undo step.
    const int steps = f.session.undoStack()->count();
    chooseJudgement(table, 0, 1, kOne + 4); // performance 5× scalability
    CHECK(f.session.undoStack()->count() > steps);
    const double performanceNow = f.session.evaluation().weights[0];
    CHECK(performanceNow > expected[0]);

    f.session.undoStack()->setIndex(steps);
    CHECK(f.session.evaluation().weights[0] == Approx(expected[0]));
    CHECK(model->judgements().matrix[0][1] == 1.0); // the matrix follows undo
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("1"));
}

TEST_CASE("The flip chart draws each total against the chosen weight, as the evaluation says",
          "[weights][charts]") {
    PageFixture f;
    auto* chart = f.find<FlipChart>(QStringLiteral("flipChart"));
    const auto& ev = f.session.evaluation();
    // By default it shows the criterion nearest to changing the winner.
    std::size_t nearest = 0;
    double distance = 2.0;
    for (const auto& p : ev.sensitivity.flipPoints)
        if (p.flipsAt && std::abs(*p.flipsAt - p.weightNow) < distance) {
            distance = std::abs(*p.flipsAt - p.weightNow);
            nearest = p.criterion;
        }
    REQUIRE(chart->criterion() == nearest);

    auto checkCriterion = [&](std::size_t k) {
        const auto& now = f.session.evaluation();
        const double w = now.weights[k];
        for (std::size_t a = 0; a < now.alternatives.size(); ++a) {
            const auto& alt = now.alternatives[a];
            QLineSeries* series = chart->totalSeries(a);
            REQUIRE(series->count() == 2);
            // At weight 1 only criterion k counts; at 0 the others in their proportions.
            double others = 0.0;
            for (std::size_t c = 0; c < alt.scores.size(); ++c)
                if (c != k)
                    others += now.weights[c] * alt.scores[c] / (1.0 - w);
            CHECK(series->at(0) == QPointF(0.0, series->at(0).y()));
            // The team's situation adds its points whatever the weights.
            CHECK(series->at(0).y() == Approx(others + alt.situation));
            CHECK(series->at(1).x() == 1.0);
            CHECK(series->at(1).y() == Approx(alt.scores[k] + alt.situation));
            // At the current weight the line passes through today's total.
            CHECK(series->at(0).y() + (series->at(1).y() - series->at(0).y()) * w ==
                  Approx(alt.total));
        }
        CHECK(chart->currentWeightSeries()->at(0).x() == Approx(w));
        CHECK(chart->currentWeightSeries()->at(1).x() == Approx(w));
        const auto& point = now.sensitivity.flipPoints[k];
        if (point.flipsAt) {
            REQUIRE(chart->crossoverSeries()->count() == 1);
            CHECK(chart->crossoverSeries()->at(0).x() == Approx(*point.flipsAt));
            CHECK(chart->crossoverLabel().contains(weightText(*point.flipsAt)));
            CHECK(chart->crossoverLabel().contains(QString::fromStdString(
                f.session.knowledgeBase().alternatives[*point.newWinner].name)));
        } else {
            CHECK(chart->crossoverSeries()->count() == 0);
            CHECK(chart->crossoverLabel().isEmpty());
        }
    };
    checkCriterion(nearest);

    // Another criterion chosen by keyboard; the chart keeps it as weights change.
    QComboBox* combo = chart->criterionCombo();
    combo->setFocus();
    const std::size_t other = (nearest + 1) % f.session.knowledgeBase().criteria.size();
    while (chart->criterion() != other)
        QTest::keyClick(combo, nearest + 1 < f.session.knowledgeBase().criteria.size()
                                   ? Qt::Key_Down
                                   : Qt::Key_Up);
    checkCriterion(other);
    QSlider* slider = f.slider("ecosystem");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp);
    CHECK(chart->criterion() == other);
    checkCriterion(other);
}

TEST_CASE("The win probability bars and caption match the Monte Carlo result",
          "[weights][charts]") {
    PageFixture f("mixed-realtime-ml.json");
    auto* chart = f.find<WinProbabilityChart>(QStringLiteral("winProbabilityChart"));
    auto check = [&] {
        const auto& ev = f.session.evaluation();
        const auto& mc = ev.sensitivity.monteCarlo;
        double total = 0.0;
        for (std::size_t a = 0; a < ev.alternatives.size(); ++a) {
            REQUIRE(chart->bar(a)->count() == 1);
            CHECK(chart->bar(a)->at(0) == Approx(mc.winProbability[a] * 100.0));
            CHECK(chart->bar(a)->label() ==
                  QString::fromStdString(f.session.knowledgeBase().alternatives[a].name));
            total += chart->bar(a)->at(0);
        }
        CHECK(total == Approx(100.0));
        const QString caption = chart->caption()->text();
        CHECK(caption.contains(
            QString::fromStdString(confidenceSentence(f.session.knowledgeBase(), ev))));
        CHECK(caption.contains(QStringLiteral("Seed %1").arg(mc.seed)));
    };
    check();
    QSlider* slider = f.slider("performance");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    check();
}

TEST_CASE("The sentences say what would change the answer, in the CLI's words", "[weights]") {
    PageFixture f("mixed-realtime-ml.json");
    auto* flips = f.find<SentenceList>(QStringLiteral("flipSentences"));
    auto* answerFlips = f.find<SentenceList>(QStringLiteral("answerFlipSentences"));
    auto check = [&] {
        const auto& kb = f.session.knowledgeBase();
        const auto& ev = f.session.evaluation();
        REQUIRE(flips->sentences().size() == static_cast<qsizetype>(kb.criteria.size()));
        for (const auto& point : ev.sensitivity.flipPoints) {
            const QString sentence = QString::fromStdString(flipSentence(kb, ev, point));
            CHECK(flips->sentences().contains(sentence));
            CHECK(flips->body()->text().contains(sentence.toHtmlEscaped()));
        }
        REQUIRE(answerFlips->sentences().size() ==
                static_cast<qsizetype>(ev.sensitivity.answerFlips.size()));
        for (const auto& flip : ev.sensitivity.answerFlips)
            CHECK(answerFlips->sentences().contains(
                QString::fromStdString(answerFlipSentence(kb, flip))));
        if (ev.sensitivity.answerFlips.empty())
            CHECK(answerFlips->body()->text().contains(QStringLiteral("No single answer")));
    };
    check();
    QSlider* slider = f.slider("use_case");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home); // use-case fit no longer counts
    check();
}

TEST_CASE("The pairwise model is a well-behaved table model", "[weights][ahp][model]") {
    const auto& kb = builtInKnowledgeBase();
    PairwiseModel model(kb, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int n = static_cast<int>(kb.criteria.size());
    CHECK(model.rowCount() == n);
    CHECK(model.columnCount() == n);
    CHECK(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QString::fromStdString(kb.criteria[0].name));

    CHECK(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(2, 2)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(1, 0), 3.0, Qt::EditRole)); // reciprocals are derived
    CHECK_FALSE(model.setData(model.index(0, 1), -1.0, Qt::EditRole));

    CHECK(model.setData(model.index(0, 1), 4.2, Qt::EditRole)); // snapped to the scale
    CHECK(model.data(model.index(0, 1), Qt::EditRole).toDouble() == 4.0);
    CHECK(model.data(model.index(1, 0), Qt::DisplayRole).toString() == QStringLiteral("1/4"));
    CHECK(model.data(model.index(0, 1), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("4 times")));

    PairwiseJudgements judgements = model.judgements();
    judgements.matrix[1][3] = 1.0 / 7.0;
    judgements.matrix[3][1] = 7.0;
    model.setJudgements(judgements);
    CHECK(model.data(model.index(1, 3), Qt::DisplayRole).toString() == QStringLiteral("1/7"));
    CHECK(model.data(model.index(3, 1), Qt::DisplayRole).toString() == QStringLiteral("7"));
}

TEST_CASE("A criterion named with %2 (from --kb) reaches the pairwise tool tip as written",
          "[weights][ahp][model]") {
    KnowledgeBase kb = builtInKnowledgeBase();
    kb.criteria[0].name = "Cost %2";
    kb.criteria[1].name = "Speed %1";
    PairwiseModel model(kb, nullptr);
    REQUIRE(model.setData(model.index(0, 1), 4.0, Qt::EditRole));
    CHECK(model.data(model.index(0, 1), Qt::ToolTipRole).toString() ==
          QStringLiteral("Cost %2 matters 4 times as much as Speed %1"));
    CHECK(model.data(model.index(1, 0), Qt::ToolTipRole).toString() ==
          QStringLiteral("Cost %2 matters 4 times as much as Speed %1"));
}

TEST_CASE("Charts restyle when the palette turns dark", "[weights][charts]") {
    PageFixture f;
    auto* flip = f.find<FlipChart>(QStringLiteral("flipChart"));
    auto* win = f.find<WinProbabilityChart>(QStringLiteral("winProbabilityChart"));
    // The app switches palettes application-wide (Settings → Appearance), so do the same.
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    struct RestorePalette {
        QPalette palette;
        ~RestorePalette() { QApplication::setPalette(palette); }
    } restore{original};

    for (QChart* chart : {flip->chart(), win->chart()}) {
        CHECK(chart->theme() == QChart::ChartThemeDark);
        CHECK(chart->backgroundBrush().color() == QColor(0x1e, 0x1f, 0x22));
    }
    // Each alternative keeps its own colour after the theme change.
    const auto& kb = f.session.knowledgeBase();
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a) {
        CHECK(flip->totalSeries(a)->pen().color() == alternativeColor(kb, a));
        CHECK(win->bar(a)->color() == alternativeColor(kb, a));
    }

    QApplication::setPalette(original);
    QCoreApplication::processEvents();
    CHECK(flip->chart()->theme() ==
          (isDarkPalette(original) ? QChart::ChartThemeDark : QChart::ChartThemeLight));
    CHECK(win->chart()->backgroundBrush().color() == original.color(QPalette::Base));
}

TEST_CASE("Nothing is cut off at 1024×700: the page scrolls vertically only", "[weights]") {
    PageFixture f;
    // Inside the main window the page shares 1024 pixels with the navigation list.
    for (const int width : {1024, 820}) {
        f.page->resize(width, 680);
        QApplication::processEvents();
        auto* scroll = f.find<QScrollArea>(QStringLiteral("weightsScrollArea"));
        INFO("page width " << width << ", content needs "
                           << scroll->widget()->minimumSizeHint().width());
        CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
        CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    }
    // Every slider can be reached with Tab and is named for assistive technology.
    const auto& kb = f.session.knowledgeBase();
    for (const auto& criterion : kb.criteria) {
        QSlider* slider = f.slider(criterion.id.c_str());
        CHECK(slider->focusPolicy() & Qt::TabFocus);
        CHECK(slider->accessibleName().contains(QString::fromStdString(criterion.name)));
    }
}

TEST_CASE("The matrix's column names shorten with an ellipsis and are whole in their tooltip",
          "[weights]") {
    PageFixture f;
    auto* table = f.find<QTableView>(QStringLiteral("pairwiseTable"));
    auto* header = dynamic_cast<ElidingHeaderView*>(table->horizontalHeader());
    REQUIRE(header);
    f.page->resize(820, 680); // about what the page gets beside the navigation list
    QApplication::processEvents();
    const auto& criteria = f.session.knowledgeBase().criteria;
    REQUIRE(header->count() == static_cast<int>(criteria.size()));
    for (int column = 0; column < header->count(); ++column) {
        const QString name =
            QString::fromStdString(criteria[static_cast<std::size_t>(column)].name);
        CHECK(table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() ==
              name);
        const QString shown = header->displayedText(column);
        INFO(shown.toStdString());
        if (shown != name) {
            REQUIRE(shown.endsWith(QChar(0x2026)));
            CHECK(name.startsWith(shown.chopped(1)));
        }
        CHECK(header->fontMetrics().horizontalAdvance(shown) <= header->sectionSize(column));
    }
}

// Not run by ctest (hidden tag): writes the page as PNGs in light and dark palettes to look at.
// Run: advisor_ui_tests "[.screenshots]"; ADVISOR_SCREENSHOT_DIR chooses the folder.
TEST_CASE("Screenshots of the weights page", "[.screenshots]") {
    const QString dir = advisor::ui::test::screenshotFolder();
    for (const bool dark : {false, true}) {
        PageFixture f("mixed-realtime-ml.json"); // a close call, so the chart shows a crossover
        if (dark) {
            QPalette p;
            const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
            for (auto [role, color] : {std::pair{QPalette::Window, window},
                                       {QPalette::Base, base},
                                       {QPalette::AlternateBase, window},
                                       {QPalette::Text, text},
                                       {QPalette::WindowText, text},
                                       {QPalette::Button, window},
                                       {QPalette::ButtonText, text}})
                p.setColor(role, color);
            f.page->setPalette(p);
        }
        // An inconsistent matrix so the warning shows too.
        auto* table = f.find<QTableView>(QStringLiteral("pairwiseTable"));
        chooseJudgement(table, 0, 1, kNine);
        chooseJudgement(table, 1, 2, kNine);
        QApplication::processEvents();
        const QString name =
            dark ? QStringLiteral("weights-dark.png") : QStringLiteral("weights-light.png");
        CHECK(f.page->grab().save(dir + QLatin1Char('/') + name));
        // About what the page gets inside the main window, beside the navigation list.
        f.page->resize(820, 680);
        QApplication::processEvents();
        CHECK(f.page->grab().save(dir + QStringLiteral("/narrow-") + name));
        f.page->resize(1024, 700);
        QApplication::processEvents();
        auto* scroll = f.find<QScrollArea>(QStringLiteral("weightsScrollArea"));
        CHECK(scroll->widget()->grab().save(dir + QStringLiteral("/full-") + name));
    }
}
