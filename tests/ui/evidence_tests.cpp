#include "main_window_fixture.h"
#include "ui/decision_session.h"
#include "ui/evidence/evidence_card_delegate.h"
#include "ui/evidence/evidence_filter.h"
#include "ui/evidence/evidence_model.h"
#include "ui/evidence/evidence_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTextDocument>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

namespace {

EvidencePage* openEvidence(WindowFixture& f) {
    // Reach the page through the navigation list, as a user would.
    auto* navigation = f.find<QListWidget>(QStringLiteral("navigation"));
    navigation->setCurrentRow(MainWindow::EvidenceView);
    REQUIRE(f.window->currentPage() == MainWindow::EvidenceView);
    auto* page = f.window->evidencePage();
    REQUIRE(page);
    return page;
}

// The evidence items the view shows, by id, top to bottom.
QStringList shownIds(QAbstractItemModel* model) {
    QStringList ids;
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex criterion = model->index(c, 0);
        for (int r = 0; r < model->rowCount(criterion); ++r)
            ids << model->index(r, 0, criterion).data(EvidenceModel::IdRole).toString();
    }
    return ids;
}

// A card's text as a person reads it.
QString cardText(EvidencePage* page, const QModelIndex& index, bool showIds = false) {
    page->delegate()->setShowIds(showIds);
    QTextDocument document;
    document.setHtml(page->delegate()->cardHtml(index, page->palette(), false));
    return document.toPlainText();
}

QModelIndex shownItem(EvidencePage* page, const char* id) {
    QAbstractItemModel* model = page->view()->model();
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex criterion = model->index(c, 0);
        for (int r = 0; r < model->rowCount(criterion); ++r)
            if (model->index(r, 0, criterion).data(EvidenceModel::IdRole).toString() ==
                QLatin1String(id))
                return model->index(r, 0, criterion);
    }
    FAIL("not shown: " << id);
    return {};
}

} // namespace

TEST_CASE("The evidence model groups every item under its criterion and passes the model tester",
          "[evidence][model]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    EvidenceModel model(kb);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == static_cast<int>(kb.criteria.size()));
    int items = 0;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex criterion = model.index(c, 0);
        CHECK(criterion.data().toString() ==
              QString::fromStdString(kb.criteria[static_cast<std::size_t>(c)].name));
        for (int r = 0; r < model.rowCount(criterion); ++r) {
            const auto e = static_cast<std::size_t>(
                model.index(r, 0, criterion).data(EvidenceModel::KbOrderRole).toInt());
            CHECK(kb.evidence[e].criterion == static_cast<std::size_t>(c));
            ++items;
        }
    }
    CHECK(items == static_cast<int>(kb.evidence.size()));

    const QModelIndex throughput = model.indexOfEvidence(*kb.evidenceIndex("throughput_figures"));
    CHECK(throughput.data(EvidenceModel::QuoteRole)
              .toString()
              .contains(QStringLiteral("up to 40,000 requests per second")));
    CHECK(throughput.data(EvidenceModel::CitationRole)
              .toString()
              .contains(QStringLiteral("Performance and Speed")));
    CHECK_FALSE(throughput.data(EvidenceModel::OutsideArticleRole).toBool());
    // Every item of the shipped knowledge base rests on the article's own words: what is the
    // team's own (its code, skills, organisation) lives in the situation, not here.
    for (const auto& item : kb.evidence) {
        const QModelIndex index = model.indexOfEvidence(*kb.evidenceIndex(item.id));
        INFO(item.id);
        CHECK_FALSE(index.data(EvidenceModel::OutsideArticleRole).toBool());
        CHECK_FALSE(index.data(EvidenceModel::QuoteRole).toString().isEmpty());
    }

    // A new evaluation changes what the items do, under the tester, without a reset.
    auto answers = AnswerSet::empty(kb);
    const auto appType = *kb.questionIndex("app_type");
    answers.choices[appType] = std::vector<std::size_t>{*kb.questions[appType].optionIndex("chat")};
    model.setEvaluation(evaluate(kb, answers));
    const QModelIndex useCases = model.indexOfEvidence(*kb.evidenceIndex("realtime_use_cases"));
    CHECK(useCases.data(EvidenceModel::AppliedByRole).toString() ==
          QStringLiteral("Chat or messaging"));
    CHECK(useCases.data(EvidenceModel::ImpactRole).toDouble() > 0.2);
    CHECK(useCases.data(EvidenceModel::EffectRole).toString().contains(QStringLiteral("Node.js")));
}

TEST_CASE("The Evidence page shows each item in full with its quote, and ids only on request",
          "[evidence]") {
    WindowFixture f;
    EvidencePage* page = openEvidence(f);
    auto* view = f.find<QTreeView>(QStringLiteral("evidenceView"));
    REQUIRE(view);
    CHECK(shownIds(view->model()).size() ==
          static_cast<int>(f.window->session()->knowledgeBase().evidence.size()));

    const QString throughput = cardText(page, shownItem(page, "throughput_figures"));
    CHECK(throughput.contains(QStringLiteral("The article: “Node.js can handle up to 40,000")));
    CHECK(throughput.contains(QStringLiteral("Figure: Up to 40,000 requests per second")));
    CHECK(throughput.contains(QStringLiteral("Not applied by the current answers")));
    CHECK_FALSE(throughput.contains(QStringLiteral("throughput_figures")));
    const QString libraries = cardText(page, shownItem(page, "python_data_libraries"));
    CHECK(libraries.contains(QStringLiteral("The article: “")));
    CHECK_FALSE(libraries.contains(QStringLiteral("outside the article")));

    // The power user's switch: ids on every card.
    auto* ids = f.find<QCheckBox>(QStringLiteral("evidenceShowIds"));
    QTest::mouseClick(ids, Qt::LeftButton, {}, QPoint(8, ids->height() / 2));
    CHECK(page->delegate()->showIds());
    QTextDocument document;
    document.setHtml(
        page->delegate()->cardHtml(shownItem(page, "throughput_figures"), page->palette(), false));
    CHECK(document.toPlainText().contains(QStringLiteral("[throughput_figures]")));
}

TEST_CASE("The Evidence page filters as the user types and orders by today's effect",
          "[evidence]") {
    WindowFixture f;
    EvidencePage* page = openEvidence(f);
    QAbstractItemModel* model = page->view()->model();
    auto* filter = f.find<QLineEdit>(QStringLiteral("evidenceFilter"));
    const int all = shownIds(model).size();

    // Words of the quote find an item as well as words of the paraphrase.
    QTest::keyClicks(filter, QStringLiteral("2 to 3 times"));
    CHECK(shownIds(model) == QStringList{QStringLiteral("json_response_time")});
    filter->clear();
    CHECK(shownIds(model).size() == all);
    QTest::keyClicks(filter, QStringLiteral("PAYPAL"));
    CHECK(shownIds(model) == QStringList{QStringLiteral("netflix_paypal")});
    filter->clear();

    // What the answers apply comes first under "strongest effect".
    DecisionSession* session = f.window->session();
    const auto& kb = session->knowledgeBase();
    const auto latency = *kb.questionIndex("latency");
    session->setSingleAnswer(latency, *kb.questions[latency].optionIndex("realtime"));
    auto* order = f.find<QComboBox>(QStringLiteral("evidenceOrder"));
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down);
    REQUIRE(page->filter()->order() == EvidenceFilter::Order::Effect);
    const QModelIndex performance = model->index(0, 0);
    REQUIRE(performance.data().toString() == QStringLiteral("Performance"));
    CHECK(model->index(0, 0, performance).data(EvidenceModel::IdRole).toString() ==
          QStringLiteral("low_latency_apps"));
    CHECK(model->index(0, 0, performance).data(EvidenceModel::AppliedByRole).toString() ==
          QStringLiteral("Under 50 ms, or server push"));

    // Copy puts the whole card, quote and source, on the clipboard.
    page->view()->setFocus();
    page->view()->setCurrentIndex(model->index(0, 0, performance));
    QTest::keySequence(page->view(), QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(QStringLiteral("messaging platforms and live streaming services")));
    CHECK(copied.contains(QStringLiteral("Performance and Speed")));
}
