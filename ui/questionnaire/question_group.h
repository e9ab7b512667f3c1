// One question of the questionnaire as controls: radio buttons (single) or check boxes (multi),
// each option with its short help beside it, and for single questions a "skip" choice that
// leaves the question unanswered so its neutral default applies. Edits go to the session.
#pragma once

#include <QGroupBox>
#include <cstddef>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractButton;
class QButtonGroup;
class QRadioButton;
QT_END_NAMESPACE

namespace advisor {
struct Option;
}

namespace advisor::ui {

class DecisionSession;

class QuestionGroup : public QGroupBox {
    Q_OBJECT

public:
    QuestionGroup(DecisionSession* session, std::size_t question, QWidget* parent = nullptr);

    // Shows the session's current answer (after undo, open or new).
    void showAnswer();

    [[nodiscard]] std::size_t question() const { return question_; }
    [[nodiscard]] QAbstractButton* optionButton(std::size_t option) const;
    [[nodiscard]] QAbstractButton* skipButton() const; // null for multi-choice questions
    // The control keyboard focus should land on when the page opens.
    [[nodiscard]] QAbstractButton* entryButton() const;

private:
    void buildSingle();
    void buildMulti();
    void addOptionRow(QAbstractButton* button, const QString& help, int row);
    [[nodiscard]] QString optionHelp(const Option& option) const;
    void multiChoiceClicked();

    DecisionSession* session_;
    std::size_t question_;
    std::vector<QAbstractButton*> buttons_; // one per option, in knowledge-base order
    QRadioButton* skip_ = nullptr;
    QButtonGroup* group_ = nullptr;
};

} // namespace advisor::ui
