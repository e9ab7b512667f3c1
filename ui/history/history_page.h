// The History page: saved decisions in a searchable, sortable table, and what can be done with
// them — reopen, rename (edit the title in place), duplicate, compare two side by side, record
// how a due decision turned out, and for any number at once (Select All means every decision
// the search matches, read or not): delete (asked first) and set or clear the revisit date,
// each one undoable step, and export to a file. Slow work runs on the store's worker thread
// while the page says what it is doing. The page holds no store logic: HistoryModel lists,
// DecisionLibrary writes.
#pragma once

#include "core/store/decision_store.h"
#include "ui/placeholder_table_view.h"

#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QUndoStack;
QT_END_NAMESPACE

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

class CompareDialog;
class DecisionLibrary;
class HistoryModel;
class OutcomeDialog;

class HistoryPage : public QWidget {
    Q_OBJECT

public:
    // Answers "Delete these decisions?" for `count` decisions, of which `titles` are the ones
    // the list has read; tests set it to answer without a modal dialog.
    using DeleteConfirmation = std::function<bool(const QStringList& titles, std::size_t count)>;
    // Asks where to export `count` decisions; an empty answer cancels. Tests set it too.
    using ExportFileChooser = std::function<QString(std::size_t count)>;

    HistoryPage(DecisionLibrary* library, const KnowledgeBase& kb, QWidget* parent = nullptr);
    ~HistoryPage() override;

    [[nodiscard]] HistoryModel* model() const { return model_; }
    [[nodiscard]] PlaceholderTableView* table() const { return table_; }
    [[nodiscard]] QLineEdit* searchField() const { return search_; }
    [[nodiscard]] QUndoStack* undoStack() const { return undoStack_; }
    // "12 of 240 decisions", what the page is busy with, or why the history is unavailable.
    [[nodiscard]] QString statusText() const;
    // The line under the table: what is selected, or what the last export did.
    [[nodiscard]] QString selectionText() const;
    // The page is reading or writing: rows, counts or a bulk action are on their way.
    [[nodiscard]] bool isBusy() const;
    // Shown while busy for longer than a glance.
    [[nodiscard]] QProgressBar* busyIndicator() const { return busy_; }

    // The selected rows' ids, top to bottom (of the rows read, when all are selected).
    [[nodiscard]] std::vector<std::int64_t> selectedIds() const;
    // Selects these decisions, now or as soon as the list has read them.
    void selectIds(const std::vector<std::int64_t>& ids);
    // Every decision the search matches, including those the list has not read yet.
    void selectAllMatching();
    [[nodiscard]] bool allMatchingSelected() const { return allMatching_; }
    // How many decisions the actions would apply to.
    [[nodiscard]] std::size_t selectionCount() const;

    void setDeleteConfirmation(DeleteConfirmation confirm) { confirmDelete_ = std::move(confirm); }
    void setExportFileChooser(ExportFileChooser choose) { chooseExportFile_ = std::move(choose); }

    // The actions, also on the page's buttons; public so menus and tests can trigger them.
    void reopenSelected();
    void renameSelected();
    void duplicateSelected();
    void deleteSelected();
    // Opens the comparison of the two selected decisions (non-modal); null unless two are.
    CompareDialog* compareSelected();
    void exportSelected();
    void setRevisitDateOfSelected();
    void clearRevisitDateOfSelected();
    // Opens the outcome form for the selected decision (window-modal, not blocking); the
    // review is recorded when the form is accepted.
    OutcomeDialog* recordOutcomeOfSelected();

    [[nodiscard]] QAction* reopenAction() const { return reopen_; }
    [[nodiscard]] QAction* renameAction() const { return rename_; }
    [[nodiscard]] QAction* duplicateAction() const { return duplicate_; }
    [[nodiscard]] QAction* deleteAction() const { return delete_; }
    [[nodiscard]] QAction* undoAction() const { return undo_; }
    [[nodiscard]] QAction* compareAction() const { return compare_; }
    [[nodiscard]] QAction* exportAction() const { return export_; }
    [[nodiscard]] QAction* selectAllAction() const { return selectAll_; }
    [[nodiscard]] QPushButton* outcomeButton() const { return outcome_; }
    [[nodiscard]] QDateEdit* revisitEdit() const { return revisitEdit_; }

signals:
    // The user asked to open a saved decision in the editor.
    void reopenRequested(std::int64_t id);

private:
    // The constructor's parts. Tab visits widgets in the order they are made, so the order of
    // the calls matters.
    [[nodiscard]] QLayout* buildSearchRow();
    void buildUnavailableNote();
    void configureTable();
    void layOutPage(QLayout* searchRow);
    [[nodiscard]] QWidget* buildToolbar();
    [[nodiscard]] QWidget* buildDetails();
    void connectModelAndLibrary();

    void libraryOpened();
    void rowsRead();
    void selectionChanged();
    void selectReadRows();
    // What the page says and allows (history_page_status.cpp).
    void updateActions();
    void updateStatus();
    void updateBusy();
    [[nodiscard]] DecisionTarget target() const;
    [[nodiscard]] QString titleOf(std::int64_t id) const;
    [[nodiscard]] bool confirmDelete(const QStringList& titles, std::size_t count);
    [[nodiscard]] QString chooseExportFile(std::size_t count);

    DecisionLibrary* library_;
    const KnowledgeBase& kb_;
    HistoryModel* model_;
    QUndoStack* undoStack_;
    QLineEdit* search_;
    QLabel* count_;
    QProgressBar* busy_;
    PlaceholderTableView* table_;
    QLabel* unavailable_;
    QAction* reopen_ = nullptr;
    QAction* rename_ = nullptr;
    QAction* duplicate_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* compare_ = nullptr;
    QAction* export_ = nullptr;
    QAction* selectAll_ = nullptr;
    QLabel* selectionLabel_ = nullptr;
    QDateEdit* revisitEdit_ = nullptr;
    QPushButton* setRevisit_ = nullptr;
    QPushButton* clearRevisit_ = nullptr;
    QPushButton* outcome_ = nullptr;
    DeleteConfirmation confirmDelete_;
    ExportFileChooser chooseExportFile_;
    QTimer showBusy_;
    bool allMatching_ = false;
    bool selecting_ = false; // the page itself is changing the selection
    // Applied when the list next arrives: the rows to select after a duplicate, and the row
    // to put the cursor on after a delete.
    std::vector<std::int64_t> selectWhenRead_;
    std::optional<int> rowAfterDelete_;
    QString lastExport_;
};

} // namespace advisor::ui
