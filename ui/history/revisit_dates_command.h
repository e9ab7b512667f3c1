// Setting or clearing the revisit date of saved decisions as one undoable step, however many:
// one transaction on the store's worker thread, and undo puts back each decision's own date.
#pragma once

#include "core/store/decision_store.h"
#include "ui/store/decision_library.h"

#include <QUndoCommand>
#include <memory>
#include <optional>
#include <string>

namespace advisor::ui {

class RevisitDatesCommand : public QUndoCommand {
public:
    RevisitDatesCommand(DecisionLibrary* library, DecisionTarget target,
                        std::optional<std::string> date, const QString& text);

    void redo() override;
    void undo() override;

private:
    DecisionLibrary* library_;
    DecisionTarget target_;
    std::optional<std::string> date_;
    // What the change found, kept by the library's worker (DecisionLibrary::setRevisitDates).
    std::shared_ptr<DecisionLibrary::RevisitRecord> record_ =
        std::make_shared<DecisionLibrary::RevisitRecord>();
};

} // namespace advisor::ui
