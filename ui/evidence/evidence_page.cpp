#include "ui/evidence/evidence_page.h"

#include "ui/evidence/evidence_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace advisor::ui {

EvidencePage::EvidencePage(const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), model_(new EvidenceModel(kb, this)), proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit(this)), table_(new QTableView(this)) {
    setObjectName(QStringLiteral("evidencePage"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(EvidenceModel::SortRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1); // any column matches
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);

    filter_->setObjectName(QStringLiteral("evidenceFilter"));
    filter_->setPlaceholderText(tr("Filter by any word: id, criterion, figure, source…"));
    filter_->setClearButtonEnabled(true);
    filter_->setAccessibleName(tr("Filter evidence"));
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(filter_);

    table_->setObjectName(QStringLiteral("evidenceTable"));
    table_->setAccessibleName(tr("Evidence items"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder); // knowledge-base order until a header is clicked
    table_->setWordWrap(true);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    auto* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EvidenceModel::SummaryColumn, QHeaderView::Stretch);
    header->resizeSection(EvidenceModel::IdColumn, 150);
    header->resizeSection(EvidenceModel::CriterionColumn, 100);
    header->resizeSection(EvidenceModel::FavoursColumn, 70);
    header->resizeSection(EvidenceModel::RatingsColumn, 130);
    header->resizeSection(EvidenceModel::FigureColumn, 160);
    header->resizeSection(EvidenceModel::SourceColumn, 220);
    header->setMinimumSectionSize(60);

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(filter_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);

    connect(filter_, &QLineEdit::textChanged, proxy_, [this](const QString& text) {
        proxy_->setFilterFixedString(text);
        table_->resizeRowsToContents();
    });
    // Rows wrap to their content; re-measure when a sort or a column resize changes them.
    connect(proxy_, &QAbstractItemModel::layoutChanged, table_, &QTableView::resizeRowsToContents);
    connect(header, &QHeaderView::sectionResized, table_,
            [this] { table_->resizeRowsToContents(); });
    table_->resizeRowsToContents();
}

} // namespace advisor::ui
