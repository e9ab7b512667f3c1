// Deleting saved decisions as an undoable step: the store hands back each removed decision
// whole, and undo puts them back under their old ids with their old times.
#pragma once

#include "core/decision_store.h"

#include <QUndoCommand>
#include <cstdint>
#include <vector>

namespace advisor::ui {

class DecisionLibrary;

class DeleteDecisionsCommand : public QUndoCommand {
public:
    DeleteDecisionsCommand(DecisionLibrary* library, std::vector<std::int64_t> ids,
                           const QString& text);

    void redo() override;
    void undo() override;
    // How many the last redo() deleted (a failed delete leaves the rest alone).
    [[nodiscard]] std::size_t deletedCount() const { return removed_.size(); }

private:
    DecisionLibrary* library_;
    std::vector<std::int64_t> ids_;
    std::vector<Decision> removed_;
};

} // namespace advisor::ui
