// HistoryPage's actions on the selected decisions — reopen, rename, duplicate, delete, compare,
// export, revisit dates, outcome — and the questions they ask first, kept apart from the
// page's layout, status and selection.
#include "ui/history/compare_dialog.h"
#include "ui/history/delete_decisions_command.h"
#include "ui/history/history_model.h"
#include "ui/history/history_page.h"
#include "ui/history/outcome_dialog.h"
#include "ui/history/revisit_dates_command.h"
#include "ui/store/decision_library.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace advisor::ui {

QString HistoryPage::titleOf(std::int64_t id) const {
    return model_->data(model_->index(model_->rowOf(id), HistoryModel::Title)).toString();
}

void HistoryPage::reopenSelected() {
    const auto ids = selectedIds();
    if (!allMatching_ && ids.size() == 1)
        emit reopenRequested(ids.front());
}

void HistoryPage::renameSelected() {
    const auto ids = selectedIds();
    if (allMatching_ || ids.size() != 1)
        return;
    const QModelIndex title = model_->index(model_->rowOf(ids.front()), HistoryModel::Title);
    table_->setCurrentIndex(title);
    table_->edit(title);
}

void HistoryPage::duplicateSelected() {
    const auto ids = selectedIds();
    if (allMatching_ || ids.size() != 1)
        return;
    if (const auto copy = library_->duplicate(ids.front()))
        selectIds({*copy}); // once the list with the copy arrives
}

bool HistoryPage::confirmDelete(const QStringList& titles, std::size_t count) {
    if (confirmDelete_)
        return confirmDelete_(titles, count);
    const QString question =
        count == 1 && !titles.isEmpty()
            ? tr("Delete the decision “%1”?").arg(titles.front())
            : tr("Delete %1 saved decisions?").arg(QLocale().toString(qulonglong(count)));
    return QMessageBox::question(
               this, tr("Delete decisions"),
               question + QLatin1Char('\n') + tr("You can undo this until you close the app."),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void HistoryPage::deleteSelected() {
    const std::size_t count = selectionCount();
    if (count == 0 || library_->isBusy())
        return;
    QStringList titles;
    for (std::int64_t id : selectedIds())
        titles << titleOf(id);
    if (!confirmDelete(titles, count))
        return;
    const QString text = count == 1 && !titles.isEmpty()
                             ? tr("Delete “%1”").arg(titles.front())
                             : tr("Delete %1 decisions").arg(QLocale().toString(qulonglong(count)));
    undoStack_->push(new DeleteDecisionsCommand(library_, target(), text));
    allMatching_ = false;
}

CompareDialog* HistoryPage::compareSelected() {
    const auto ids = selectedIds();
    if (allMatching_ || ids.size() != 2)
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

QString HistoryPage::chooseExportFile(std::size_t count) {
    if (chooseExportFile_)
        return chooseExportFile_(count);
    return QFileDialog::getSaveFileName(
        this, tr("Export %1 Decisions").arg(QLocale().toString(qulonglong(count))),
        QDir::home().filePath(QStringLiteral("decisions.json")),
        tr("Saved decisions, JSON (*.json);;All files (*)"));
}

void HistoryPage::exportSelected() {
    const std::size_t count = selectionCount();
    if (count == 0 || library_->isBusy())
        return;
    const QString file = chooseExportFile(count);
    if (!file.isEmpty())
        library_->exportDecisions(target(), file);
}

void HistoryPage::setRevisitDateOfSelected() {
    const std::size_t count = selectionCount();
    if (count == 0 || library_->isBusy())
        return;
    const QString date = revisitEdit_->date().toString(Qt::ISODate);
    const auto ids = selectedIds();
    const QString text =
        count == 1 && ids.size() == 1
            ? tr("Revisit “%1” on %2").arg(titleOf(ids.front()), date)
            : tr("Revisit %1 decisions on %2").arg(QLocale().toString(qulonglong(count)), date);
    undoStack_->push(new RevisitDatesCommand(library_, target(), date.toStdString(), text));
}

void HistoryPage::clearRevisitDateOfSelected() {
    const std::size_t count = selectionCount();
    if (count == 0 || library_->isBusy())
        return;
    const auto ids = selectedIds();
    const QString text = count == 1 && ids.size() == 1
                             ? tr("Clear the revisit date of “%1”").arg(titleOf(ids.front()))
                             : tr("Clear the revisit date of %1 decisions")
                                   .arg(QLocale().toString(qulonglong(count)));
    undoStack_->push(new RevisitDatesCommand(library_, target(), std::nullopt, text));
}

OutcomeDialog* HistoryPage::recordOutcomeOfSelected() {
    const auto ids = selectedIds();
    if (allMatching_ || ids.size() != 1)
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
