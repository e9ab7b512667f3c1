#include "main_window_fixture.h"
#include "ui/decision_session.h"
#include "ui/evidence/evidence_model.h"
#include "ui/evidence/evidence_page.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

TEST_CASE("The evidence model passes QAbstractItemModelTester and shows every item",
          "[evidence][model]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    EvidenceModel model(kb);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == static_cast<int>(kb.evidence.size()));
    const auto row = static_cast<int>(*kb.evidenceIndex("throughput_benchmark"));
    auto cell = [&](int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(EvidenceModel::IdColumn) == QStringLiteral("throughput_benchmark"));
    CHECK(cell(EvidenceModel::CriterionColumn) == QStringLiteral("Performance"));
    CHECK(cell(EvidenceModel::FavoursColumn) == QStringLiteral("Node.js"));
    CHECK(cell(EvidenceModel::RatingsColumn) == QStringLiteral("Node.js 9 · Python 4"));
    CHECK(cell(EvidenceModel::FigureColumn).contains(QStringLiteral("40,000")));
    CHECK(cell(EvidenceModel::SourceColumn).contains(QStringLiteral("2025-04-24")));
    CHECK(cell(EvidenceModel::SourceColumn).contains(QStringLiteral("Performance and Speed")));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("numpy"));
    CHECK(proxy.rowCount() >= 1);
}

TEST_CASE("The evidence view sorts by a clicked header and filters as the user types",
          "[evidence]") {
    WindowFixture f;
    // Reach the page through the navigation list, as a user would.
    auto* navigation = f.find<QListWidget>(QStringLiteral("navigation"));
    navigation->setCurrentRow(MainWindow::EvidenceView);
    CHECK(f.window->currentPage() == MainWindow::EvidenceView);
    auto* table = f.find<QTableView>(QStringLiteral("evidenceTable"));
    auto* filter = f.find<QLineEdit>(QStringLiteral("evidenceFilter"));
    REQUIRE(table);
    REQUIRE(filter);
    QAbstractItemModel* model = table->model();
    const int all = model->rowCount();
    CHECK(all == static_cast<int>(f.window->session()->knowledgeBase().evidence.size()));

    // Click the "Id" header: ascending ids.
    QHeaderView* header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(EvidenceModel::IdColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->index(r, EvidenceModel::IdColumn).data().toString();
    QStringList sorted = ids;
    sorted.sort(Qt::CaseInsensitive);
    CHECK(ids == sorted);
    CHECK(ids.first() == QStringLiteral("async_concurrency"));

    QTest::keyClicks(filter, QStringLiteral("requests per second"));
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, EvidenceModel::IdColumn).data().toString() ==
          QStringLiteral("throughput_benchmark"));
    // Selecting the row shows it in full, with its source.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(0, EvidenceModel::IdColumn)).center());
    const QString details = f.find<QTextBrowser>(QStringLiteral("evidenceDetails"))->toPlainText();
    CHECK(details.contains(QStringLiteral("Django")));
    CHECK(details.contains(QStringLiteral("Performance and Speed")));
    filter->clear();
    CHECK(model->rowCount() == all);
    QTest::keyClicks(filter, QStringLiteral("SCALABILITY"));
    CHECK(model->rowCount() > 1);
    for (int r = 0; r < model->rowCount(); ++r) {
        bool matches = false;
        for (int c = 0; c < model->columnCount(); ++c)
            matches = matches || model->index(r, c).data().toString().contains(
                                     QStringLiteral("scalability"), Qt::CaseInsensitive);
        CHECK(matches);
    }
}
