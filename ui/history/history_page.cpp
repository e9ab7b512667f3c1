#include "ui/history/history_page.h"

#include "ui/history/compare_dialog.h"
#include "ui/history/delete_decisions_command.h"
#include "ui/history/history_model.h"
#include "ui/history/outcome_dialog.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace advisor::ui {
namespace {

// A revisit date a quarter ahead is a sensible first suggestion for a backend choice.
constexpr int kDefaultRevisitDays = 90;

} // namespace

HistoryPage::HistoryPage(DecisionLibrary* library, const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), library_(library), kb_(kb), model_(new HistoryModel(library, &kb, this)),
      undoStack_(new QUndoStack(this)), search_(new QLineEdit(this)), count_(new QLabel(this)),
      table_(new PlaceholderTableView(this)), unavailable_(new QLabel(this)) {
    setObjectName(QStringLiteral("historyPage"));

    search_->setObjectName(QStringLiteral("historySearch"));
    search_->setPlaceholderText(tr("Search titles, notes and winners"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search saved decisions"));
    connect(search_, &QLineEdit::textChanged, model_, &HistoryModel::setSearch);
    count_->setObjectName(QStringLiteral("historyCount"));
    auto* top = new QHBoxLayout;
    top->addWidget(search_, 1);
    top->addWidget(count_);

    unavailable_->setObjectName(QStringLiteral("historyUnavailable"));
    unavailable_->setTextFormat(Qt::PlainText);
    unavailable_->setWordWrap(true);
    unavailable_->setForegroundRole(QPalette::ToolTipText);
    unavailable_->setBackgroundRole(QPalette::ToolTipBase);
    unavailable_->setAutoFillBackground(true);
    unavailable_->setMargin(8);
    unavailable_->hide();

    configureTable();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(unavailable_);
    layout->addLayout(top);
    layout->addWidget(buildToolbar());
    layout->addWidget(table_, 1);
    layout->addWidget(buildDetails());

    const auto refresh = [this] {
        updateStatus();
        updateActions();
    };
    connect(model_, &QAbstractItemModel::modelReset, this, refresh);
    connect(model_, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateStatus);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateStatus);
    connect(model_, &QAbstractItemModel::dataChanged, this, &HistoryPage::updateActions);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateActions);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit reopenRequested(model_->idAt(index.row()));
    });

    if (!library_->isOpen()) {
        // The rest of the app works without the store; say why the history is empty.
        unavailable_->setText(library_->openError());
        unavailable_->show();
        for (QWidget* w : std::initializer_list<QWidget*>{search_, table_})
            w->setEnabled(false);
    }
    updateStatus();
    updateActions();
}

HistoryPage::~HistoryPage() {
    // An open title editor commits when it loses focus during destruction; the model may still
    // signal then, but this page is no longer there to listen.
    disconnect(model_, nullptr, this, nullptr);
    disconnect(table_->selectionModel(), nullptr, this, nullptr);
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
    width(HistoryModel::Updated, date);
    QFont bold = font();
    bold.setBold(true);
    header->resizeSection(
        HistoryModel::Revisit,
        QFontMetrics(bold).horizontalAdvance(tr("%1 — due").arg(QStringLiteral("2025-04-24"))) +
            16);
    header->setSortIndicator(HistoryModel::Created, Qt::DescendingOrder);
    table_->setSortingEnabled(true);
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
    // Blank, not an arbitrary date, while no single decision is selected.
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

std::vector<std::int64_t> HistoryPage::selectedIds() const {
    std::vector<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    std::vector<std::int64_t> ids;
    for (int row : rows)
        ids.push_back(model_->idAt(row));
    return ids;
}

void HistoryPage::selectIds(const std::vector<std::int64_t>& ids) {
    QItemSelection selection;
    int first = -1;
    for (std::int64_t id : ids) {
        const int row = model_->rowOf(id);
        if (row < 0)
            continue;
        if (first < 0)
            first = row;
        selection.select(model_->index(row, 0), model_->index(row, HistoryModel::ColumnCount - 1));
    }
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0) {
        table_->selectionModel()->setCurrentIndex(model_->index(first, 0),
                                                  QItemSelectionModel::NoUpdate);
        table_->scrollTo(model_->index(first, 0));
    }
}

QString HistoryPage::statusText() const {
    return unavailable_->isHidden() ? count_->text() : unavailable_->text();
}

void HistoryPage::updateStatus() {
    const int shown = model_->rowCount();
    const int total = model_->totalCount();
    // Spelled out rather than "%n decision(s)": the app ships no English plural forms.
    const QString decisions = total == 1 ? tr("1 decision") : tr("%1 decisions").arg(total);
    count_->setText(model_->search().isEmpty() ? decisions
                                               : tr("%1 of %2").arg(shown).arg(decisions));
    // What fills an empty table; nothing when the store is unavailable (the page says why).
    if (!unavailable_->isHidden())
        table_->setPlaceholderText(QString());
    else if (total == 0)
        table_->setPlaceholderText(
            tr("No saved decisions yet.\n\nAnswer the questionnaire and save with File ▸ Save "
               "(Ctrl+S): each saved decision is listed here, to reopen, compare, and review "
               "when its revisit date comes."));
    else
        table_->setPlaceholderText(tr("No saved decision matches “%1”.").arg(model_->search()));
}

void HistoryPage::updateActions() {
    const bool open = unavailable_->isHidden();
    const auto ids = selectedIds();
    const bool one = open && ids.size() == 1;
    reopen_->setEnabled(one);
    rename_->setEnabled(one);
    duplicate_->setEnabled(one);
    delete_->setEnabled(open && !ids.empty());
    compare_->setEnabled(open && ids.size() == 2);
    revisitEdit_->setEnabled(one);
    setRevisit_->setEnabled(one);

    const DecisionSummary* selected = one ? model_->summaryAt(model_->rowOf(ids.front())) : nullptr;
    clearRevisit_->setEnabled(selected && selected->revisitOn);
    // An outcome is recorded once the revisit date has come (or to amend one recorded before).
    const bool reviewable = selected && selected->revisitOn &&
                            QDate::fromString(QString::fromStdString(*selected->revisitOn),
                                              Qt::ISODate) <= model_->today();
    outcome_->setEnabled(reviewable);
    if (!selected) {
        revisitEdit_->setDate(revisitEdit_->minimumDate());
        selectionLabel_->setText(ids.size() > 1 ? tr("%1 decisions selected").arg(ids.size())
                                                : QString());
        return;
    }
    const QDate revisit =
        selected->revisitOn
            ? QDate::fromString(QString::fromStdString(*selected->revisitOn), Qt::ISODate)
            : model_->today().addDays(kDefaultRevisitDays);
    revisitEdit_->setDate(revisit);
    if (selected->dueOn(model_->today().toString(Qt::ISODate).toStdString()))
        selectionLabel_->setText(tr("Due for review: record how the choice turned out."));
    else if (selected->hasOutcome)
        selectionLabel_->setText(tr("Outcome recorded."));
    else if (selected->revisitOn)
        selectionLabel_->setText(tr("Revisit on %1.").arg(revisit.toString(Qt::ISODate)));
    else
        selectionLabel_->setText(tr("No revisit date."));
}

void HistoryPage::reopenSelected() {
    const auto ids = selectedIds();
    if (ids.size() == 1)
        emit reopenRequested(ids.front());
}

void HistoryPage::renameSelected() {
    const auto ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QModelIndex title = model_->index(model_->rowOf(ids.front()), HistoryModel::Title);
    table_->setCurrentIndex(title);
    table_->edit(title);
}

void HistoryPage::duplicateSelected() {
    const auto ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (const auto copy = library_->duplicate(ids.front()))
        selectIds({*copy});
}

bool HistoryPage::confirmDelete(const QStringList& titles) {
    if (confirmDelete_)
        return confirmDelete_(titles);
    const QString question = titles.size() == 1
                                 ? tr("Delete the decision “%1”?").arg(titles.front())
                                 : tr("Delete %1 saved decisions?").arg(titles.size());
    return QMessageBox::question(
               this, tr("Delete decisions"),
               question + QLatin1Char('\n') + tr("You can undo this until you close the app."),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void HistoryPage::deleteSelected() {
    const auto ids = selectedIds();
    if (ids.empty())
        return;
    QStringList titles;
    for (std::int64_t id : ids)
        titles << model_->data(model_->index(model_->rowOf(id), HistoryModel::Title)).toString();
    if (!confirmDelete(titles))
        return;
    // Keep the cursor near where the deleted rows were.
    const int nextRow = model_->rowOf(ids.front());
    const QString text = ids.size() == 1 ? tr("Delete “%1”").arg(titles.front())
                                         : tr("Delete %1 decisions").arg(ids.size());
    undoStack_->push(new DeleteDecisionsCommand(library_, ids, text));
    if (model_->rowCount() > 0)
        selectIds({model_->idAt(std::min(nextRow, model_->rowCount() - 1))});
}

CompareDialog* HistoryPage::compareSelected() {
    const auto ids = selectedIds();
    if (ids.size() != 2)
        return nullptr;
    const auto left = library_->get(ids[0]);
    const auto right = library_->get(ids[1]);
    if (!left || !right)
        return nullptr;
    auto* dialog = new CompareDialog(kb_, *left, *right, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void HistoryPage::setRevisitDateOfSelected() {
    const auto ids = selectedIds();
    if (ids.size() == 1)
        library_->setRevisitDate(ids.front(),
                                 revisitEdit_->date().toString(Qt::ISODate).toStdString());
}

void HistoryPage::clearRevisitDateOfSelected() {
    const auto ids = selectedIds();
    if (ids.size() == 1)
        library_->setRevisitDate(ids.front(), std::nullopt);
}

OutcomeDialog* HistoryPage::recordOutcomeOfSelected() {
    const auto ids = selectedIds();
    if (ids.size() != 1)
        return nullptr;
    const auto decision = library_->get(ids.front());
    if (!decision)
        return nullptr;
    auto* dialog =
        new OutcomeDialog(QString::fromStdString(decision->title), decision->outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id = ids.front()] { library_->recordOutcome(id, dialog->review()); });
    dialog->open();
    return dialog;
}

} // namespace advisor::ui
