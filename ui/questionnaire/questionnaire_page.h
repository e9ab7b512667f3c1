// The guided questionnaire: the decision's title and notes, then one page per knowledge-base
// topic with its questions, back/next and a progress indicator. Built entirely from the
// knowledge base; every edit goes through the session, so answers survive paging and undo.
#pragma once

#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
QT_END_NAMESPACE

namespace advisor::ui {

class WrappedText;

class DecisionSession;
class QuestionGroup;

class QuestionnairePage : public QWidget {
    Q_OBJECT

public:
    explicit QuestionnairePage(DecisionSession* session, QWidget* parent = nullptr);

    [[nodiscard]] int currentTopic() const;
    [[nodiscard]] int topicCount() const;
    void setCurrentTopic(int topic);
    void goNext();
    void goBack();

signals:
    // Next was pressed on the last topic: the user wants the results.
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void ensureTopicBuilt(std::size_t topic);
    void showAnswers();
    void updateNavigation();
    void focusFirstQuestion();

    DecisionSession* session_;
    QLineEdit* title_;
    QPlainTextEdit* notes_;
    QLabel* topicTitle_;
    WrappedText* topicIntro_;
    QStackedWidget* topics_;
    std::vector<QScrollArea*> topicScrolls_;
    std::vector<QuestionGroup*> groups_; // of the topics built so far
    QProgressBar* progress_;
    QLabel* progressText_;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
};

} // namespace advisor::ui
