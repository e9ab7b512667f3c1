#include "ui/history/delete_decisions_command.h"

#include "ui/store/decision_library.h"

namespace advisor::ui {

DeleteDecisionsCommand::DeleteDecisionsCommand(DecisionLibrary* library,
                                               std::vector<std::int64_t> ids, const QString& text)
    : QUndoCommand(text), library_(library), ids_(std::move(ids)) {}

void DeleteDecisionsCommand::redo() {
    removed_.clear();
    for (std::int64_t id : ids_)
        if (auto decision = library_->remove(id))
            removed_.push_back(std::move(*decision));
    setObsolete(removed_.empty()); // nothing was deleted: nothing to undo
}

void DeleteDecisionsCommand::undo() {
    for (auto it = removed_.rbegin(); it != removed_.rend(); ++it)
        library_->restore(*it);
    removed_.clear();
}

} // namespace advisor::ui
