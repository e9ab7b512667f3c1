// The guided questionnaire: the decision's title and notes, then one page per knowledge-base
// topic with its questions, back/next and a progress indicator. Built entirely from the
// knowledge base; every edit goes through the session, so answers survive paging and undo.
#pragma once

#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QLayout;
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
    // False until the first topic's later questions exist: at start-up they are built in the
    // event-loop turn after the first paint.
    [[nodiscard]] bool isFullyBuilt() const;

signals:
    // Next was pressed on the last topic: the user wants the results.
    void finished();
    // The first topic's later questions, built after the first paint, are in and laid out
    // (--benchmark-startup reports when).
    void firstTopicBuilt();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The constructor's parts. Tab visits widgets in the order they are made, so the order of
    // the calls matters.
    [[nodiscard]] QLayout* buildHeader();
    void buildTopicTitle();
    void buildTopicPages();
    [[nodiscard]] QLayout* buildNavigation();
    void layOutPage(QLayout* header, QLayout* navigation);
    void connectSession();

    enum BuildPace { AllQuestions, FirstQuestionNow };
    [[nodiscard]] std::vector<std::size_t> questionsOf(std::size_t topic) const;
    void ensureTopicBuilt(std::size_t topic, BuildPace pace);
    void addQuestions(QWidget* content, const std::vector<std::size_t>& questions);
    void buildDeferredQuestions();
    void showTopic(int topic);
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
    std::vector<QuestionGroup*> groups_;         // of the topics built so far
    std::vector<std::size_t> deferredQuestions_; // the first topic's, built after the first paint
    QProgressBar* progress_;
    QLabel* progressText_;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
};

} // namespace advisor::ui
