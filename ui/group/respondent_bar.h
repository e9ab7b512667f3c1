// The strip above the pages of a group decision that says whose answers are being edited and
// whose result is shown, with a combo box to answer as someone else. Hidden for a one-person
// decision, so the one-person app looks exactly as before.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace advisor::ui {

class DecisionSession;

class RespondentBar : public QWidget {
    Q_OBJECT

public:
    explicit RespondentBar(DecisionSession* session, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* respondentBox() const { return respondents_; }
    // The sentence beside the combo box ("Ana's own answers and result; …").
    [[nodiscard]] QString explanation() const;
    // Whether the strip belongs on the page on screen (the questionnaire and the one-person
    // result pages); a group decision shows it there.
    void setShownOnPage(bool shown);

private:
    void refresh();

    DecisionSession* session_;
    QComboBox* respondents_;
    QLabel* explanation_;
    bool shownOnPage_ = true;
};

} // namespace advisor::ui
