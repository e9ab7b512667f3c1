#include "ui/evidence/evidence_page.h"

#include "ui/evidence/evidence_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace advisor::ui {

EvidencePage::EvidencePage(const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), model_(new EvidenceModel(kb, this)), proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit(this)), table_(new QTableView(this)), details_(new QTextBrowser(this)) {
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
    // One line per item keeps twenty items on screen; the details pane shows the long texts.
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    auto* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(EvidenceModel::IdColumn, 150);
    header->resizeSection(EvidenceModel::CriterionColumn, 95);
    header->resizeSection(EvidenceModel::FavoursColumn, 70);
    header->resizeSection(EvidenceModel::RatingsColumn, 135);
    header->resizeSection(EvidenceModel::FigureColumn, 170);
    header->resizeSection(EvidenceModel::SummaryColumn, 280);
    header->setMinimumSectionSize(50);

    details_->setObjectName(QStringLiteral("evidenceDetails"));
    details_->setAccessibleName(tr("Selected evidence item"));
    details_->setOpenLinks(false);
    details_->setMinimumHeight(110);
    details_->setPlaceholderText(tr("Select an item to read it in full with its source."));

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(filter_, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(details_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidencePage::showDetails);
}

void EvidencePage::showDetails(const QModelIndex& current) {
    if (!current.isValid()) {
        details_->clear();
        return;
    }
    // Knowledge-base text goes into rich text only escaped.
    auto cell = [&](int column) {
        return proxy_->index(current.row(), column).data().toString().toHtmlEscaped();
    };
    QString html = tr("<p><b>%1</b> · %2 · favours %3 · %4</p><p>%5</p>")
                       .arg(cell(EvidenceModel::IdColumn), cell(EvidenceModel::CriterionColumn),
                            cell(EvidenceModel::FavoursColumn), cell(EvidenceModel::RatingsColumn),
                            cell(EvidenceModel::SummaryColumn));
    if (!cell(EvidenceModel::FigureColumn).isEmpty())
        html += tr("<p><b>Figure:</b> %1</p>").arg(cell(EvidenceModel::FigureColumn));
    html += tr("<p><b>Source:</b> %1</p>").arg(cell(EvidenceModel::SourceColumn));
    details_->setHtml(html);
}

} // namespace advisor::ui
