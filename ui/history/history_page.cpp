#include "ui/history/history_page.h"

#include "ui/history/history_model.h"
#include "ui/locale_format.h"
#include "ui/store/decision_library.h"

#include <QAction>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace advisor::ui {
namespace {

// Work that ends sooner than this shows no busy indicator: it would only flicker.
constexpr int kBusyIndicatorDelayMs = 150;

} // namespace

HistoryPage::HistoryPage(DecisionLibrary* library, const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), library_(library), kb_(kb), model_(new HistoryModel(library, &kb, this)),
      undoStack_(new QUndoStack(this)), search_(new QLineEdit(this)), count_(new QLabel(this)),
      busy_(new QProgressBar(this)), table_(new PlaceholderTableView(this)),
      unavailable_(new QLabel(this)) {
    setObjectName(QStringLiteral("historyPage"));
    // Tab visits widgets in the order they are made: the search field and the table (above),
    // then the toolbar and the details strip (layOutPage).
    QLayout* searchRow = buildSearchRow();
    buildUnavailableNote();
    configureTable();
    layOutPage(searchRow);
    connectModelAndLibrary();
    libraryOpened();
    updateBusy();
}

// The search field, and beside it what the page is busy with and how many decisions match.
QLayout* HistoryPage::buildSearchRow() {
    search_->setObjectName(QStringLiteral("historySearch"));
    search_->setPlaceholderText(tr("Search titles, notes and winners"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search saved decisions"));
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        allMatching_ = false; // a new search is a new set of decisions
        model_->setSearch(text);
        updateStatus();
    });
    count_->setObjectName(QStringLiteral("historyCount"));
    busy_->setObjectName(QStringLiteral("historyBusy"));
    busy_->setRange(0, 0); // no end known: the bar just moves
    busy_->setTextVisible(false);
    busy_->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    busy_->setAccessibleName(tr("Working"));
    busy_->hide();
    showBusy_.setSingleShot(true);
    showBusy_.setInterval(kBusyIndicatorDelayMs);
    connect(&showBusy_, &QTimer::timeout, busy_, &QWidget::show);
    auto* row = new QHBoxLayout;
    row->addWidget(search_, 1);
    row->addWidget(busy_);
    row->addWidget(count_);
    return row;
}

void HistoryPage::buildUnavailableNote() {
    unavailable_->setObjectName(QStringLiteral("historyUnavailable"));
    unavailable_->setTextFormat(Qt::PlainText);
    unavailable_->setWordWrap(true);
    unavailable_->setForegroundRole(QPalette::ToolTipText);
    unavailable_->setBackgroundRole(QPalette::ToolTipBase);
    unavailable_->setAutoFillBackground(true);
    unavailable_->setMargin(8);
    unavailable_->hide();
}

// Top to bottom; the toolbar and the details strip are built as they are placed.
void HistoryPage::layOutPage(QLayout* searchRow) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(unavailable_);
    layout->addLayout(searchRow);
    layout->addWidget(buildToolbar());
    layout->addWidget(table_, 1);
    layout->addWidget(buildDetails());
}

void HistoryPage::connectModelAndLibrary() {
    connect(model_, &HistoryModel::rowsRead, this, &HistoryPage::rowsRead);
    connect(model_, &HistoryModel::countsChanged, this, &HistoryPage::updateStatus);
    connect(model_, &HistoryModel::countsChanged, this, &HistoryPage::updateActions);
    connect(model_, &HistoryModel::loadingChanged, this, &HistoryPage::updateBusy);
    connect(model_, &QAbstractItemModel::dataChanged, this, &HistoryPage::updateActions);
    connect(library_, &DecisionLibrary::busyChanged, this, &HistoryPage::updateBusy);
    connect(library_, &DecisionLibrary::busyChanged, this, &HistoryPage::updateActions);
    connect(library_, &DecisionLibrary::opened, this, &HistoryPage::libraryOpened);
    connect(library_, &DecisionLibrary::decisionsRemoved, this, [this] {
        // The cursor stays where the deleted rows were, once the list has been read again.
        const auto ids = selectedIds();
        rowAfterDelete_ = ids.empty() ? 0 : std::max(0, model_->rowOf(ids.front()));
    });
    connect(library_, &DecisionLibrary::exported, this, [this](int count, const QString& file) {
        lastExport_ = count == 1 ? tr("Exported 1 decision to %1.").arg(file)
                                 : tr("Exported %1 decisions to %2.").arg(count).arg(file);
        updateActions();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::selectionChanged);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit reopenRequested(model_->idAt(index.row()));
    });
}

HistoryPage::~HistoryPage() {
    // An open title editor commits when it loses focus during destruction; the model may still
    // signal then, but this page is no longer there to listen.
    // (The library may already be gone, before this page, with the window: Qt has cut its
    // connections then.)
    disconnect(model_, nullptr, this, nullptr);
    disconnect(table_->selectionModel(), nullptr, this, nullptr);
}

void HistoryPage::libraryOpened() {
    const bool unavailable = library_->state() == DecisionLibrary::State::Unavailable;
    if (unavailable) {
        // The rest of the app works without the store; say why the history is empty.
        unavailable_->setText(library_->openError());
        unavailable_->show();
    }
    const bool open = library_->state() == DecisionLibrary::State::Open;
    for (QWidget* w : std::initializer_list<QWidget*>{search_, table_})
        w->setEnabled(open);
    updateStatus();
    updateActions();
    updateBusy();
}

void HistoryPage::configureTable() {
    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setAccessibleName(tr("Saved decisions"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setShowGrid(false);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->hide();
    // Fixed row heights and column widths that never look at the content: with thousands of
    // rows, any "resize to contents" would measure every row on each search.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HistoryModel::Title, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Each column as wide as its widest likely text (or its heading, with room for the sort
    // arrow), so the title gets everything else.
    const auto width = [&](int column, const QString& widest, int extra = 0) {
        const QString heading = model_->headerData(column, Qt::Horizontal).toString();
        const int text = std::max(fontMetrics().horizontalAdvance(widest) + extra,
                                  fontMetrics().horizontalAdvance(heading) + 14);
        header->resizeSection(column, text + 16);
    };
    const int swatch = fontMetrics().height() + 4;
    width(HistoryModel::Winner, QStringLiteral("Node.js"), swatch);
    width(HistoryModel::Verdict, tr("Close call"));
    width(HistoryModel::Margin, localeNumber(10.0, 2));
    width(HistoryModel::Confidence, QLocale().toString(100) + QLocale().percent());
    // Dates are shown in the locale's short format; a late-December date is about the widest.
    const QString date = QLocale().toString(QDate(2025, 12, 28), QLocale::ShortFormat);
    width(HistoryModel::Created, date);
    width(HistoryModel::Respondents, QLocale().toString(100));
    width(HistoryModel::Updated, date);
    QFont bold = font();
    bold.setBold(true);
    header->resizeSection(
        HistoryModel::Revisit,
        QFontMetrics(bold).horizontalAdvance(tr("%1 — due").arg(QStringLiteral("2025-04-24"))) +
            16);
    // The model starts in this order (newest first); the header only shows it.
    header->setSortIndicator(HistoryModel::Created, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, model_, &HistoryModel::sort);
}

QWidget* HistoryPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("historyToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    auto add = [&](const QString& text, const QKeySequence& key, const char* name, auto slot) {
        QAction* action = bar->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!key.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                action->text().remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        addAction(action); // shortcuts work anywhere on the page
        connect(action, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
        return action;
    };
    reopen_ = add(tr("&Reopen"), QKeySequence(Qt::CTRL | Qt::Key_Return), "historyReopen",
                  &HistoryPage::reopenSelected);
    rename_ =
        add(tr("Re&name"), QKeySequence(Qt::Key_F2), "historyRename", &HistoryPage::renameSelected);
    duplicate_ = add(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), "historyDuplicate",
                     &HistoryPage::duplicateSelected);
    delete_ =
        add(tr("&Delete…"), QKeySequence::Delete, "historyDelete", &HistoryPage::deleteSelected);
    // No Ctrl+Z: the window's Edit ▸ Undo belongs to the answers being edited.
    undo_ = undoStack_->createUndoAction(this, tr("Undo"));
    undo_->setObjectName(QStringLiteral("historyUndo"));
    bar->addAction(undo_);
    bar->addSeparator();
    compare_ = add(tr("&Compare"), QKeySequence(), "historyCompare", &HistoryPage::compareSelected);
    compare_->setToolTip(tr("Select two decisions to compare them side by side"));
    export_ = add(tr("E&xport…"), QKeySequence(), "historyExport", &HistoryPage::exportSelected);
    export_->setToolTip(tr("Write the selected decisions, whole, into one JSON file"));
    // Not on the bar: Ctrl+A in the table, where a plain view would select only the rows it
    // has read. In the search field Ctrl+A still selects its text (the field takes the key).
    selectAll_ = new QAction(tr("Select &All"), this);
    selectAll_->setObjectName(QStringLiteral("historySelectAll"));
    selectAll_->setShortcut(QKeySequence::SelectAll);
    selectAll_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll_, &QAction::triggered, this, &HistoryPage::selectAllMatching);
    table_->addAction(selectAll_);
    return bar;
}

QWidget* HistoryPage::buildDetails() {
    auto* strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("historyDetails"));
    selectionLabel_ = new QLabel(strip);
    selectionLabel_->setObjectName(QStringLiteral("historySelection"));
    selectionLabel_->setTextFormat(Qt::PlainText);
    revisitEdit_ = new QDateEdit(strip);
    revisitEdit_->setObjectName(QStringLiteral("historyRevisitDate"));
    revisitEdit_->setCalendarPopup(true);
    revisitEdit_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Blank, not an arbitrary date, while nothing is selected.
    revisitEdit_->setMinimumDate(QDate(2000, 1, 1));
    revisitEdit_->setSpecialValueText(QStringLiteral(" "));
    auto* revisitLabel = new QLabel(tr("Re&visit on:"), strip);
    revisitLabel->setBuddy(revisitEdit_);
    setRevisit_ = new QPushButton(tr("Set"), strip);
    setRevisit_->setObjectName(QStringLiteral("historySetRevisit"));
    clearRevisit_ = new QPushButton(tr("Clear"), strip);
    clearRevisit_->setObjectName(QStringLiteral("historyClearRevisit"));
    outcome_ = new QPushButton(tr("Record &outcome…"), strip);
    outcome_->setObjectName(QStringLiteral("historyRecordOutcome"));
    connect(setRevisit_, &QPushButton::clicked, this, &HistoryPage::setRevisitDateOfSelected);
    connect(clearRevisit_, &QPushButton::clicked, this, &HistoryPage::clearRevisitDateOfSelected);
    connect(outcome_, &QPushButton::clicked, this, &HistoryPage::recordOutcomeOfSelected);

    auto* layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(selectionLabel_, 1);
    layout->addWidget(revisitLabel);
    layout->addWidget(revisitEdit_);
    layout->addWidget(setRevisit_);
    layout->addWidget(clearRevisit_);
    layout->addSpacing(12);
    layout->addWidget(outcome_);
    return strip;
}

void HistoryPage::rowsRead() {
    if (!selectWhenRead_.empty()) {
        const auto ids = std::exchange(selectWhenRead_, {});
        selectIds(ids);
    } else if (rowAfterDelete_) {
        const int row =
            std::min(*std::exchange(rowAfterDelete_, std::nullopt), model_->rowCount() - 1);
        if (row >= 0)
            selectIds({model_->idAt(row)});
    } else if (allMatching_) {
        selectReadRows(); // rows read since "select all" are selected too
    }
    updateStatus();
    updateActions();
}

void HistoryPage::selectReadRows() {
    const int rows = model_->rowCount();
    if (rows == 0)
        return;
    selecting_ = true;
    table_->selectionModel()->select(
        QItemSelection(model_->index(0, 0), model_->index(rows - 1, HistoryModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    selecting_ = false;
}

void HistoryPage::selectionChanged() {
    if (!selecting_)
        allMatching_ = false; // the user chose rows: exactly those
    lastExport_.clear();
    updateActions();
}

void HistoryPage::selectAllMatching() {
    selectReadRows();
    allMatching_ = model_->rowCount() > 0;
    updateActions();
}

std::vector<std::int64_t> HistoryPage::selectedIds() const {
    std::vector<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.push_back(model_->idAt(row));
    return ids;
}

std::size_t HistoryPage::selectionCount() const {
    if (allMatching_)
        if (const auto matching = model_->matchCount())
            return *matching;
    return selectedIds().size();
}

DecisionTarget HistoryPage::target() const {
    if (allMatching_)
        return DecisionTarget::matching(model_->search().toStdString());
    return DecisionTarget::of(selectedIds());
}

void HistoryPage::selectIds(const std::vector<std::int64_t>& ids) {
    QItemSelection selection;
    int first = -1;
    bool missing = false;
    for (std::int64_t id : ids) {
        const int row = model_->rowOf(id);
        if (row < 0) {
            missing = true;
            continue;
        }
        if (first < 0)
            first = row;
        selection.select(model_->index(row, 0), model_->index(row, HistoryModel::ColumnCount - 1));
    }
    if (missing && model_->isLoading()) {
        selectWhenRead_ = ids; // not read yet: once the list arrives
        return;
    }
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0) {
        table_->selectionModel()->setCurrentIndex(model_->index(first, 0),
                                                  QItemSelectionModel::NoUpdate);
        table_->scrollTo(model_->index(first, 0));
    }
}

} // namespace advisor::ui
