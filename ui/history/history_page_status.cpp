// What HistoryPage says about itself: how many decisions there are and match, what it is busy
// with, what fills an empty table, which actions apply to the selection, and the line under
// the table; kept apart from the page's construction and selection (history_page.cpp).
#include "ui/history/history_model.h"
#include "ui/history/history_page.h"
#include "ui/store/decision_library.h"

#include <QAction>
#include <QDate>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace advisor::ui {
namespace {

// A revisit date a quarter ahead is a sensible first suggestion for a backend choice.
constexpr int kDefaultRevisitDays = 90;

} // namespace

QString HistoryPage::statusText() const {
    return unavailable_->isHidden() ? count_->text() : unavailable_->text();
}

QString HistoryPage::selectionText() const {
    return selectionLabel_->text();
}

bool HistoryPage::isBusy() const {
    return library_->state() == DecisionLibrary::State::Opening || model_->isLoading() ||
           library_->isBusy();
}

void HistoryPage::updateBusy() {
    if (isBusy()) {
        if (busy_->isHidden() && !showBusy_.isActive())
            showBusy_.start();
    } else {
        showBusy_.stop();
        busy_->hide();
    }
    if (isBusy())
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateStatus();
}

void HistoryPage::updateStatus() {
    if (library_->state() == DecisionLibrary::State::Unavailable) {
        count_->clear();
        table_->setPlaceholderText(QString()); // the page says why, above
        return;
    }
    if (library_->state() != DecisionLibrary::State::Open) {
        count_->setText(tr("Opening the history…"));
        table_->setPlaceholderText(QString());
        return;
    }
    const auto total = model_->totalCount();
    const auto matching = model_->matchCount();
    // Spelled out rather than "%n decision(s)": the app ships no English plural forms.
    const auto decisions = [](std::size_t n) {
        return n == 1 ? tr("1 decision")
                      : tr("%1 decisions").arg(QLocale().toString(qulonglong(n)));
    };
    if (!total)
        count_->setText(tr("Counting…"));
    else if (model_->search().isEmpty())
        count_->setText(decisions(*total));
    else if (!matching)
        count_->setText(tr("Searching…"));
    else
        count_->setText(
            tr("%1 of %2").arg(QLocale().toString(qulonglong(*matching)), decisions(*total)));
    // What fills an empty table, once the store has said it is empty.
    if (model_->isLoading() || model_->rowCount() > 0)
        table_->setPlaceholderText(QString());
    else if (model_->search().isEmpty())
        table_->setPlaceholderText(
            tr("No saved decisions yet.\n\nAnswer the questionnaire and save with File ▸ Save "
               "(Ctrl+S): each saved decision is listed here, to reopen, compare, and review "
               "when its revisit date comes."));
    else
        table_->setPlaceholderText(tr("No saved decision matches “%1”.").arg(model_->search()));
}

void HistoryPage::updateActions() {
    const bool open = library_->state() == DecisionLibrary::State::Open;
    const bool writing = library_->isBusy();
    const std::size_t count = selectionCount();
    const auto ids = selectedIds();
    const bool one = open && !allMatching_ && ids.size() == 1;
    reopen_->setEnabled(one);
    rename_->setEnabled(one);
    duplicate_->setEnabled(one);
    delete_->setEnabled(open && !writing && count > 0);
    export_->setEnabled(open && !writing && count > 0);
    compare_->setEnabled(open && !allMatching_ && ids.size() == 2);
    selectAll_->setEnabled(open);
    revisitEdit_->setEnabled(open && count > 0);
    setRevisit_->setEnabled(open && !writing && count > 0);

    const DecisionSummary* selected = one ? model_->summaryAt(model_->rowOf(ids.front())) : nullptr;
    clearRevisit_->setEnabled(open && !writing &&
                              (selected ? selected->revisitOn.has_value() : count > 1));
    // An outcome is recorded once the revisit date has come (or to amend one recorded before).
    const bool reviewable = selected && selected->revisitOn &&
                            QDate::fromString(QString::fromStdString(*selected->revisitOn),
                                              Qt::ISODate) <= model_->today();
    outcome_->setEnabled(reviewable);
    QString label;
    if (!selected) {
        if (count == 0)
            revisitEdit_->setDate(revisitEdit_->minimumDate());
        else if (revisitEdit_->date() == revisitEdit_->minimumDate())
            revisitEdit_->setDate(model_->today().addDays(kDefaultRevisitDays));
        const QString n = QLocale().toString(qulonglong(count));
        if (allMatching_)
            label = model_->search().isEmpty() ? tr("All %1 decisions selected").arg(n)
                                               : tr("All %1 matching decisions selected").arg(n);
        else if (count > 1)
            label = tr("%1 decisions selected").arg(n);
    } else {
        const QDate revisit =
            selected->revisitOn
                ? QDate::fromString(QString::fromStdString(*selected->revisitOn), Qt::ISODate)
                : model_->today().addDays(kDefaultRevisitDays);
        revisitEdit_->setDate(revisit);
        if (selected->dueOn(model_->today().toString(Qt::ISODate).toStdString()))
            label = tr("Due for review: record how the choice turned out.");
        else if (selected->hasOutcome)
            label = tr("Outcome recorded.");
        else if (selected->revisitOn)
            label = tr("Revisit on %1.").arg(revisit.toString(Qt::ISODate));
        else
            label = tr("No revisit date.");
    }
    // What the last export did stays until the selection changes.
    selectionLabel_->setText(lastExport_.isEmpty() ? label : lastExport_);
}

} // namespace advisor::ui
