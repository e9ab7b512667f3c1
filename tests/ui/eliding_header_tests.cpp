#include "ui/eliding_header_view.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <catch2/catch.hpp>

using advisor::ui::ElidingHeaderView;

TEST_CASE("A header name too long for its column ends in an ellipsis, as in Qt 5", "[ui]") {
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Performance"), QStringLiteral("Fit")});
    QTableView table;
    table.setModel(&model);
    auto* header = new ElidingHeaderView(Qt::Horizontal, &table);
    table.setHorizontalHeader(header);
    header->setSectionResizeMode(QHeaderView::Fixed);
    table.resize(400, 200);
    table.show();

    header->resizeSection(0, 300);
    CHECK(header->displayedText(0) == QStringLiteral("Performance"));

    header->resizeSection(0, 48);
    const QString shown = header->displayedText(0);
    INFO(shown.toStdString());
    REQUIRE(shown.endsWith(QChar(0x2026)));
    CHECK(shown.size() > 1); // the name's start, not only the ellipsis
    CHECK(QStringLiteral("Performance").startsWith(shown.chopped(1)));
    CHECK(header->fontMetrics().horizontalAdvance(shown) <= 48);
    CHECK(header->displayedText(1) == QStringLiteral("Fit")); // short names stay whole
}
