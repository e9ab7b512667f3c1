// The GUI of a group decision (issue #14): the Group page, answering as one respondent in the
// existing pages, adding, renaming, weighing and removing respondents with undo, importing and
// exporting answers files, and reaching all of it with the keyboard.
#include "core/group/group_result.h"
#include "main_window_fixture.h"
#include "test_files.h"
#include "ui/decision_session.h"
#include "ui/group/group_page.h"
#include "ui/group/margin_chart.h"
#include "ui/group/respondent_bar.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTableView>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::optionName;
using advisor::ui::test::WindowFixture;

namespace {

QString teamGroupFile() {
    return QStringLiteral(ADVISOR_TEST_DATA_DIR) + QStringLiteral("/answers/team-group.json");
}

QString cell(QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

// The group page of a window that opened the team's group decision.
struct GroupFixture {
    GroupFixture() {
        REQUIRE(f.window->openAnswers(teamGroupFile()));
        f.window->showPage(MainWindow::GroupView);
        page = f.window->groupPage();
        REQUIRE(page);
        page->setTextQuestion([this](const QString&, const QString&) { return nextText; });
        page->setNumberQuestion([this](const QString&, double) { return nextNumber; });
    }
    [[nodiscard]] DecisionSession* session() const { return f.window->session(); }
    [[nodiscard]] QTableView* respondents() const { return page->respondentsView(); }
    void press(const char* button) {
        auto* b = f.find<QPushButton>(QString::fromLatin1(button));
        REQUIRE(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void selectRow(int row) {
        QTableView* view = respondents();
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }
    void undo() { QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier); }

    WindowFixture f;
    GroupPage* page = nullptr;
    std::optional<QString> nextText;
    std::optional<double> nextNumber;
};

} // namespace

TEST_CASE("The Group page shows the team's six respondents, the tally and the consensus",
          "[group]") {
    GroupFixture g;
    QTableView* view = g.respondents();
    REQUIRE(view->model()->rowCount() == 6);
    CHECK(cell(view, 0, 0).startsWith(QStringLiteral("Ana")));
    CHECK(cell(view, 0, 1) == QStringLiteral("Tech lead"));
    CHECK(cell(view, 0, 2) == QStringLiteral("2"));
    CHECK(cell(view, 5, 2).contains(QStringLiteral("no vote")));
    const auto& own = g.session()->evaluation().group->respondents;
    for (int r = 0; r < 6; ++r) {
        const auto& result = own[static_cast<std::size_t>(r)];
        const QString winner =
            result.tied ? QStringLiteral("Tie")
                        : QString::fromStdString(
                              g.session()->knowledgeBase().alternatives[result.winner].name);
        CHECK(cell(view, r, 3) == winner);
    }
    const QString summary = g.page->summaryText();
    CHECK(summary.contains(QStringLiteral("3 of 5 favour Node.js")));
    CHECK(summary.contains(QStringLiteral("Agreement on the weights")));
    // Six rows of margins and the group's, in the alternatives' colours.
    CHECK(g.page->marginChart()->categories().size() == 7);
    CHECK(g.page->marginChart()->categories().last() == QStringLiteral("The group"));
    // The grid: a column per respondent, decisive questions first and marked in words.
    QTableView* grid = g.page->gridView();
    CHECK(grid->model()->columnCount() == 2 + 6);
    CHECK(cell(grid, 0, 1).contains(QStringLiteral("Decisive")));
    bool marked = false;
    for (int c = 2; c < grid->model()->columnCount(); ++c)
        marked = marked || cell(grid, 0, c).startsWith(QStringLiteral("≠"));
    CHECK(marked);

    QAbstractItemModelTester respondentsTester(view->model());
    QAbstractItemModelTester gridTester(grid->model());
}

TEST_CASE("The Group page shows the group's two lenses and names the situation it disputes",
          "[group][situation]") {
    GroupFixture g;
    QApplication::processEvents();
    const Evaluation& ev = g.session()->evaluation();
    REQUIRE(ev.group != nullptr);
    // The team answers its skills differently: a fact of the project, not a vote, so it counts
    // for nothing until settled, and the page says which.
    REQUIRE_FALSE(ev.situation.disputed.empty());
    auto* disputed = g.f.find<QLabel>(QStringLiteral("group_disputedSituationLabel"));
    REQUIRE(disputed);
    CHECK(disputed->isVisible());
    CHECK(disputed->text().contains(QStringLiteral("differently")));
    CHECK(disputed->text().contains(QString::fromStdString(
        g.session()->knowledgeBase().questions[ev.situation.disputed.front()].text)));
    CHECK(g.f.find<QLabel>(QStringLiteral("group_articleLensLabel"))
              ->text()
              .startsWith(QStringLiteral("The article's criteria")));

    // The page's slider sets the group's own value, whoever is selected, in one undo step.
    auto* slider = g.f.find<QSlider>(QStringLiteral("group_situationCountsSlider"));
    REQUIRE(slider);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    CHECK(g.session()->answers().situationCounts == std::optional<double>(0.0));
    CHECK(g.session()->evaluation().situation.counts == 0.0);
    CHECK(slider->value() == 0);
    for (const auto& r : g.session()->answers().respondents)
        CHECK_FALSE(r.answers.situationCounts.has_value());
    g.undo();
    CHECK_FALSE(g.session()->answers().situationCounts.has_value());
    CHECK(slider->value() == 100);
}

TEST_CASE("Answering as one respondent changes only their answers, and undo restores them",
          "[group]") {
    GroupFixture g;
    DecisionSession* session = g.session();
    const AnswerSet before = session->answers();
    const double groupMarginBefore = session->evaluation().recommendation.margin;
    g.selectRow(2); // Chloé
    REQUIRE(session->selectedRespondent() == std::size_t{2});
    CHECK(g.f.window->windowTitle().contains(QStringLiteral("answering as Chloé")));

    QTest::keyClick(g.f.window.get(), Qt::Key_1, Qt::ControlModifier);
    auto* bar = g.f.window->respondentBar();
    CHECK(bar->isVisible());
    CHECK(bar->respondentBox()->currentText().startsWith(QStringLiteral("Chloé")));
    CHECK(bar->explanation().startsWith(QStringLiteral("Chloé's own answers and result")));
    // Chloé said the work is CPU-bound; the questionnaire shows her answer.
    auto* cpu = g.f.find<QRadioButton>(optionName("workload", "cpu"));
    auto* io = g.f.find<QRadioButton>(optionName("workload", "io"));
    REQUIRE(cpu->isChecked());
    test::click(io);

    const auto workload = *session->knowledgeBase().questionIndex("workload");
    const auto ioOption = *session->knowledgeBase().questions[workload].optionIndex("io");
    const AnswerSet& after = session->answers();
    CHECK(after.respondents[2].answers.choices[workload] == std::vector<std::size_t>{ioOption});
    for (std::size_t r = 0; r < after.respondents.size(); ++r)
        if (r != 2)
            CHECK(after.respondents[r].answers.choices == before.respondents[r].answers.choices);
    CHECK_FALSE(after.answered(workload)); // the group's own choices stay unanswered
    CHECK(session->evaluation().recommendation.margin != groupMarginBefore);
    CHECK(session->shownEvaluation().weights ==
          session->evaluation().group->respondents[2].weights);

    g.undo();
    CHECK(session->answers().respondents[2].answers.choices ==
          before.respondents[2].answers.choices);
    CHECK(session->evaluation().recommendation.margin == groupMarginBefore);
    CHECK(cpu->isChecked());
}

TEST_CASE("The one-person app shows no respondent strip and edits its own answers", "[group]") {
    WindowFixture f;
    CHECK_FALSE(f.window->respondentBar()->isVisible());
    CHECK_FALSE(f.window->windowTitle().contains(QStringLiteral("answering as")));
    test::click(f.find<QRadioButton>(optionName("workload", "cpu")));
    const auto workload = *f.window->session()->knowledgeBase().questionIndex("workload");
    CHECK(f.window->session()->answers().answered(workload));
    CHECK_FALSE(f.window->session()->answers().isGroup());
}

TEST_CASE("Respondents are added, renamed, weighed and removed, each undoable", "[group]") {
    GroupFixture g;
    DecisionSession* session = g.session();
    QTableView* view = g.respondents();

    g.nextText = QStringLiteral("Gus");
    g.press("addRespondentButton");
    REQUIRE(view->model()->rowCount() == 7);
    CHECK(session->answers().respondents.back().name == "Gus");
    CHECK(session->selectedRespondent() == std::size_t{6});

    // A name already in the group is refused, and nothing changes.
    g.nextText = QStringLiteral("Ben");
    g.press("addRespondentButton");
    CHECK(view->model()->rowCount() == 7);
    CHECK(g.f.window->notice().contains(QStringLiteral("Ben")));

    // Rename in place: F2, type, Enter.
    g.selectRow(1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = view->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Benjamin"));
    QTest::keyClick(editor, Qt::Key_Return); // the view commits in the next event-loop turn
    CHECK(QTest::qWaitFor([&] { return session->answers().respondents[1].name == "Benjamin"; }));
    CHECK(cell(view, 1, 0).startsWith(QStringLiteral("Benjamin")));

    g.nextNumber = 3.0;
    g.press("respondentWeightButton");
    CHECK(session->answers().respondents[1].weight == 3.0);
    CHECK(cell(view, 1, 2) == QStringLiteral("3"));

    g.press("removeRespondentButton");
    CHECK(view->model()->rowCount() == 6);
    CHECK(session->answers().respondents[1].name == "Chloé");

    g.undo();
    CHECK(session->answers().respondents[1].name == "Benjamin");
    g.undo();
    CHECK(session->answers().respondents[1].weight == 1.0);
    g.undo();
    CHECK(session->answers().respondents[1].name == "Ben");
    g.undo();
    CHECK(view->model()->rowCount() == 6);
    CHECK(session->answers().respondents.back().name == "Fei");
}

TEST_CASE("Counting every voter out is refused", "[group]") {
    GroupFixture g;
    for (int r = 0; r < 5; ++r) {
        g.selectRow(r);
        g.nextNumber = 0.0;
        g.press("respondentWeightButton");
    }
    // Four went to 0; the fifth (the last with a vote) is refused.
    CHECK(g.session()->answers().respondents[4].weight == 1.0);
    CHECK(g.f.window->notice().contains(QStringLiteral("weight")));
}

TEST_CASE("Adding a respondent to a one-person decision makes a group of two", "[group]") {
    WindowFixture f;
    test::click(f.find<QRadioButton>(optionName("workload", "cpu")));
    const AnswerSet mine = f.window->session()->answers();
    f.window->showPage(MainWindow::GroupView);
    GroupPage* page = f.window->groupPage();
    std::vector<QString> answers = {QStringLiteral("Hana"), QStringLiteral("Ivo")};
    page->setTextQuestion([&answers](const QString&, const QString&) -> std::optional<QString> {
        QString next = answers.front();
        answers.erase(answers.begin());
        return next;
    });
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("addRespondentButton")), Qt::LeftButton);
    const AnswerSet& group = f.window->session()->answers();
    REQUIRE(group.respondents.size() == 2);
    CHECK(group.respondents[0].name == "Hana");
    CHECK(group.respondents[0].answers.choices == mine.choices);
    CHECK(group.respondents[1].name == "Ivo");
    CHECK(page->respondentsView()->model()->rowCount() == 2);
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.window->session()->answers().isGroup());
    CHECK(f.window->session()->answers().choices == mine.choices);
}

TEST_CASE("Importing two answers files adds both people in one undoable step", "[group]") {
    WindowFixture f;
    const QString a = f.dir.filePath(QStringLiteral("jo.json"));
    const QString b = f.dir.filePath(QStringLiteral("kim.json"));
    test::writeFile(a, R"({"respondent": {"name": "Jo", "role": "SRE"},
                           "answers": {"workload": "io"}})");
    test::writeFile(b, R"({"answers": {"workload": "cpu"}})");
    REQUIRE(f.window->importRespondents({a, b}));
    const AnswerSet& group = f.window->session()->answers();
    REQUIRE(group.respondents.size() == 3);
    CHECK(group.respondents[1].name == "Jo");
    CHECK(group.respondents[1].role == "SRE");
    CHECK(group.respondents[2].name == "kim");
    f.window->showPage(MainWindow::GroupView);
    CHECK(f.window->groupPage()->respondentsView()->model()->rowCount() == 3);
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.window->session()->answers().isGroup());
}

TEST_CASE("A bad answers file among those imported changes nothing and is named", "[group]") {
    GroupFixture g;
    const QString good = g.f.dir.filePath(QStringLiteral("lee.json"));
    const QString bad = g.f.dir.filePath(QStringLiteral("broken.json"));
    test::writeFile(good, R"({"answers": {"workload": "io"}})");
    test::writeFile(bad, R"({"answers": {"workload": "sometimes"}})");
    const AnswerSet before = g.session()->answers();
    CHECK_FALSE(g.f.window->importRespondents({good, bad}));
    CHECK(g.session()->answers().respondents.size() == before.respondents.size());
    CHECK(g.f.window->notice().contains(QStringLiteral("broken.json")));
    CHECK(g.f.window->notice().contains(QStringLiteral("workload")));
    // A name already in the group is refused the same way.
    const QString ana = g.f.dir.filePath(QStringLiteral("Ana.json"));
    test::writeFile(ana, R"({"answers": {"workload": "io"}})");
    CHECK_FALSE(g.f.window->importRespondents({ana}));
    CHECK(g.f.window->notice().contains(QStringLiteral("Ana.json")));
    CHECK(g.session()->answers().respondents.size() == before.respondents.size());
}

TEST_CASE("A respondent's exported answers import again as the same person", "[group]") {
    GroupFixture g;
    g.selectRow(4); // Eva, who set her weights directly
    const Respondent eva = g.session()->answers().respondents[4];
    const QString path = g.f.dir.filePath(QStringLiteral("eva-export.json"));
    REQUIRE(g.f.window->exportAnswers(path));

    WindowFixture other;
    REQUIRE(other.window->importRespondents({path}));
    const AnswerSet& group = other.window->session()->answers();
    REQUIRE(group.respondents.size() == 2);
    const Respondent& imported = group.respondents[1];
    CHECK(imported.name == eva.name);
    CHECK(imported.role == eva.role);
    CHECK(imported.answers.choices == eva.answers.choices);
    REQUIRE(imported.answers.weights);
    CHECK(*imported.answers.weights == *eva.answers.weights);
}

TEST_CASE("The Group page is reachable and usable with the keyboard alone", "[group]") {
    WindowFixture f;
    REQUIRE(f.window->openAnswers(teamGroupFile()));
    QTest::keyClick(f.window.get(), Qt::Key_7, Qt::ControlModifier);
    REQUIRE(f.window->currentPage() == MainWindow::GroupView);
    QTableView* view = f.window->groupPage()->respondentsView();
    // Tab from the navigation list reaches the respondents table.
    f.find<QListWidget>(QStringLiteral("navigation"))->setFocus();
    for (int i = 0; i < 10 && QApplication::focusWidget() != view; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == view);
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(f.window->session()->selectedRespondent() == std::size_t{1});
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(f.window->respondentBar()->respondentBox()->currentText().startsWith(
        QStringLiteral("Ben")));
    // The strip's combo box answers as someone else.
    QComboBox* box = f.window->respondentBar()->respondentBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    CHECK(f.window->session()->selectedRespondent() == std::size_t{2});
}

TEST_CASE("Answers files dropped on the window join the decision", "[group]") {
    WindowFixture f;
    const QString a = f.dir.filePath(QStringLiteral("mo.json"));
    const QString b = f.dir.filePath(QStringLiteral("noa.json"));
    test::writeFile(a, R"({"answers": {"workload": "io"}})");
    test::writeFile(b, R"({"answers": {"workload": "cpu"}})");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    const QPoint at = f.window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    const AnswerSet& group = f.window->session()->answers();
    REQUIRE(group.respondents.size() == 3);
    CHECK(group.respondents[1].name == "mo");
    CHECK(group.respondents[2].name == "noa");
    CHECK(f.window->currentPage() == MainWindow::GroupView);
    QAbstractItemModelTester weightsTester(
        f.find<QTableView>(QStringLiteral("respondentWeightsView"))->model());
}

TEST_CASE("A group without two thirds of the voting weight behind one side is called split",
          "[group]") {
    GroupFixture g;
    auto* split = g.f.find<QLabel>(QStringLiteral("splitLabel"));
    REQUIRE(split);
    CHECK_FALSE(split->isVisible()); // Ana's double vote gives Node.js 4 of 6
    g.selectRow(0);
    g.nextNumber = 1.0;
    g.press("respondentWeightButton");
    REQUIRE(g.session()->evaluation().group->tally.split);
    CHECK(split->isVisible());
    CHECK(split->text().startsWith(QStringLiteral("Split")));
    CHECK(g.page->summaryText().contains(QStringLiteral("split")));
}

TEST_CASE("One person's exported answers carry the name they give and import under it", "[group]") {
    WindowFixture f;
    test::click(f.find<QRadioButton>(optionName("workload", "cpu")));
    const AnswerSet mine = f.window->session()->answers();
    const QString path = f.dir.filePath(QStringLiteral("answers.json"));
    REQUIRE(f.window->exportAnswers(path, QStringLiteral("  Rosa ")));

    WindowFixture other;
    REQUIRE(other.window->importRespondents({path}));
    const AnswerSet& group = other.window->session()->answers();
    REQUIRE(group.respondents.size() == 2);
    CHECK(group.respondents[1].name == "Rosa");
    CHECK(group.respondents[1].answers.choices == mine.choices);
}
