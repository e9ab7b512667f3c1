// Deleting saved decisions as one undoable step, however many: the store moves them to its
// trash in one transaction on its worker thread, and undo brings back exactly that delete, in
// one transaction too.
#pragma once

#include "core/store/decision_store.h"

#include <QUndoCommand>
#include <memory>

namespace advisor::ui {

class DecisionLibrary;

class DeleteDecisionsCommand : public QUndoCommand {
public:
    DeleteDecisionsCommand(DecisionLibrary* library, DecisionTarget target, const QString& text);

    void redo() override;
    void undo() override;

private:
    DecisionLibrary* library_;
    DecisionTarget target_;
    // What the delete took, kept by the library's worker (DecisionLibrary::trash).
    std::shared_ptr<TrashedDecisions> trashed_ = std::make_shared<TrashedDecisions>();
};

} // namespace advisor::ui
