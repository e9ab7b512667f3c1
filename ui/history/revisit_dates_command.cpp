#include "ui/history/revisit_dates_command.h"

#include "ui/store/decision_library.h"

namespace advisor::ui {

RevisitDatesCommand::RevisitDatesCommand(DecisionLibrary* library, DecisionTarget target,
                                         std::optional<std::string> date, const QString& text)
    : QUndoCommand(text), library_(library), target_(std::move(target)), date_(std::move(date)) {}

void RevisitDatesCommand::redo() {
    library_->setRevisitDates(target_, date_, record_);
}

void RevisitDatesCommand::undo() {
    library_->restoreRevisitDates(record_);
}

} // namespace advisor::ui
