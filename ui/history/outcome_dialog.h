// Asks how a decision turned out once its revisit date has come: what happened, whether it went
// as expected, and a rating from 1 (much worse than hoped) to 5 (much better).
#pragma once

#include "core/store/decision_store.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;
QT_END_NAMESPACE

namespace advisor::ui {

class OutcomeDialog : public QDialog {
    Q_OBJECT

public:
    // `existing` prefills the form when an outcome was recorded before.
    OutcomeDialog(const QString& decisionTitle, const std::optional<OutcomeReview>& existing,
                  QWidget* parent = nullptr);

    [[nodiscard]] OutcomeReview review() const;

    [[nodiscard]] QPlainTextEdit* textEdit() const { return text_; }
    [[nodiscard]] QRadioButton* asExpectedButton() const { return yes_; }
    [[nodiscard]] QRadioButton* notAsExpectedButton() const { return no_; }
    [[nodiscard]] QComboBox* ratingBox() const { return rating_; }
    [[nodiscard]] QDialogButtonBox* buttons() const { return buttons_; }

private:
    QPlainTextEdit* text_;
    QRadioButton* yes_;
    QRadioButton* no_;
    QComboBox* rating_;
    QDialogButtonBox* buttons_;
};

} // namespace advisor::ui
