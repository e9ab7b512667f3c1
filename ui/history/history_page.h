// The History page: saved decisions in a searchable, sortable table, and what can be done with
// them — reopen, rename (edit the title in place), duplicate, delete (asked first, undoable),
// compare two side by side, set a revisit date and record how a due decision turned out.
// The page holds no store logic: HistoryModel lists, DecisionLibrary writes.
#pragma once

#include "ui/placeholder_table_view.h"

#include <QWidget>
#include <cstdint>
#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
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
    // Answers "Delete these decisions?"; tests set it to answer without a modal dialog.
    using DeleteConfirmation = std::function<bool(const QStringList& titles)>;

    HistoryPage(DecisionLibrary* library, const KnowledgeBase& kb, QWidget* parent = nullptr);
    ~HistoryPage() override;

    [[nodiscard]] HistoryModel* model() const { return model_; }
    [[nodiscard]] PlaceholderTableView* table() const { return table_; }
    [[nodiscard]] QLineEdit* searchField() const { return search_; }
    [[nodiscard]] QUndoStack* undoStack() const { return undoStack_; }
    // "12 of 240 decisions", or why the history is unavailable.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] std::vector<std::int64_t> selectedIds() const;
    void selectIds(const std::vector<std::int64_t>& ids);

    void setDeleteConfirmation(DeleteConfirmation confirm) { confirmDelete_ = std::move(confirm); }

    // The actions, also on the page's buttons; public so menus and tests can trigger them.
    void reopenSelected();
    void renameSelected();
    void duplicateSelected();
    void deleteSelected();
    // Opens the comparison of the two selected decisions (non-modal); null unless two are.
    CompareDialog* compareSelected();
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
    [[nodiscard]] QPushButton* outcomeButton() const { return outcome_; }
    [[nodiscard]] QDateEdit* revisitEdit() const { return revisitEdit_; }

signals:
    // The user asked to open a saved decision in the editor.
    void reopenRequested(std::int64_t id);

private:
    QWidget* buildToolbar();
    QWidget* buildDetails();
    void configureTable();
    void updateActions();
    void updateStatus();
    [[nodiscard]] bool confirmDelete(const QStringList& titles);

    DecisionLibrary* library_;
    const KnowledgeBase& kb_;
    HistoryModel* model_;
    QUndoStack* undoStack_;
    QLineEdit* search_;
    QLabel* count_;
    PlaceholderTableView* table_;
    QLabel* unavailable_;
    QAction* reopen_ = nullptr;
    QAction* rename_ = nullptr;
    QAction* duplicate_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* compare_ = nullptr;
    QLabel* selectionLabel_ = nullptr;
    QDateEdit* revisitEdit_ = nullptr;
    QPushButton* setRevisit_ = nullptr;
    QPushButton* clearRevisit_ = nullptr;
    QPushButton* outcome_ = nullptr;
    DeleteConfirmation confirmDelete_;
};

} // namespace advisor::ui
