#include "ui/history/delete_decisions_command.h"

#include "ui/store/decision_library.h"

namespace advisor::ui {

DeleteDecisionsCommand::DeleteDecisionsCommand(DecisionLibrary* library, DecisionTarget target,
                                               const QString& text)
    : QUndoCommand(text), library_(library), target_(std::move(target)) {}

void DeleteDecisionsCommand::redo() {
    library_->trash(target_, trashed_);
}

void DeleteDecisionsCommand::undo() {
    library_->restoreTrashed(trashed_);
}

} // namespace advisor::ui
