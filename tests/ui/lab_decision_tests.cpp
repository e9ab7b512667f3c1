// An Evidence Lab run added to the decision from the Lab page: the results say the decision
// includes measurements from this machine, the evidence shows what was measured, and Undo takes
// the run out again.
#include "core/measurement/lab_run.h"
#include "main_window_fixture.h"
#include "ui/decision_session.h"
#include "ui/evidence/evidence_model.h"
#include "ui/evidence/evidence_page.h"
#include "ui/lab/lab_page.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

namespace {

lab::LabRun recordedRun() {
    QFile file(QStringLiteral(ADVISOR_TEST_DATA_DIR "/lab/lab-run.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto run = lab::parseLabRun(nlohmann::json::parse(file.readAll().toStdString()), "lab-run");
    REQUIRE(run.ok());
    return std::move(run).value();
}

} // namespace

TEST_CASE("A lab run added to the decision is marked as measured here, and Undo removes it",
          "[lab][window]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    const auto& kb = session->knowledgeBase();
    const auto appType = *kb.questionIndex("app_type");
    session->setMultiAnswer(appType,
                            std::vector<std::size_t>{*kb.questions[appType].optionIndex("api")});
    f.window->showPage(MainWindow::LabView);
    auto* page = f.window->findChild<LabPage*>();
    REQUIRE(page);
    auto* add = f.find<QPushButton>(QStringLiteral("labAddToDecision"));
    CHECK_FALSE(add->isEnabled()); // nothing measured yet
    page->showRun(recordedRun());
    REQUIRE(add->isEnabled());

    auto* use = f.find<QComboBox>(QStringLiteral("labEvidenceUse"));
    use->setFocus();
    QTest::keyClick(use, Qt::Key_Down); // "replacing the article's claims"
    REQUIRE(use->currentIndex() == 1);
    const double before = session->evaluation().recommendation.margin;
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(session->answers().lab.has_value());
    CHECK(session->answers().lab->use == LabEvidenceUse::Replace);
    // The JSON claim did not hold on the recorded machine: the API's lead shrinks.
    CHECK(session->evaluation().recommendation.margin < before);

    f.window->showPage(MainWindow::ResultsView);
    auto* banner = f.find<QLabel>(QStringLiteral("labLabel"));
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(
        QStringLiteral("Includes measurements from this machine (Evidence Lab, 2026-12-03): "
                       "they replace")));

    f.window->showPage(MainWindow::EvidenceView);
    const QModelIndex throughput =
        f.window->evidencePage()->model()->indexOfEvidence(*kb.evidenceIndex("throughput_figures"));
    CHECK(throughput.data(EvidenceModel::MeasuredRole)
              .toString()
              .startsWith(QStringLiteral("Measured on this machine on 2026-12-03")));

    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(session->answers().lab.has_value());
    CHECK(session->evaluation().recommendation.margin == before);
    CHECK(f.window->evidencePage()
              ->model()
              ->indexOfEvidence(*kb.evidenceIndex("throughput_figures"))
              .data(EvidenceModel::MeasuredRole)
              .toString()
              .isEmpty());
}
