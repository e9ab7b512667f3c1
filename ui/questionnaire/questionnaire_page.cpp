#include "ui/questionnaire/questionnaire_page.h"

#include "ui/decision_session.h"
#include "ui/first_paint_probe.h"
#include "ui/questionnaire/question_group.h"
#include "ui/wrapped_text.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace advisor::ui {

QuestionnairePage::QuestionnairePage(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session), title_(new QLineEdit(this)),
      notes_(new QPlainTextEdit(this)), topicTitle_(new QLabel(this)),
      topicIntro_(new WrappedText(QString(), this)), topics_(new QStackedWidget(this)),
      progress_(new QProgressBar(this)), progressText_(new QLabel(this)) {
    setObjectName(QStringLiteral("questionnairePage"));
    QLayout* header = buildHeader();
    buildTopicTitle();
    buildTopicPages();
    QLayout* navigation = buildNavigation();
    layOutPage(header, navigation);
    connectSession();

    showAnswers();
    ensureTopicBuilt(0, FirstQuestionNow);
    showTopic(0);
}

// The decision's title and notes.
QLayout* QuestionnairePage::buildHeader() {
    title_->setObjectName(QStringLiteral("decisionTitle"));
    title_->setPlaceholderText(tr("e.g. Chat backend for the support app"));
    title_->setAccessibleName(tr("Decision title"));
    title_->setMaxLength(static_cast<int>(kMaxTitleBytes / 2)); // UTF-8 may need two bytes
    notes_->setObjectName(QStringLiteral("decisionNotes"));
    notes_->setAccessibleName(tr("Decision notes"));
    notes_->setPlaceholderText(tr("Context, constraints, who was in the meeting…"));
    notes_->setTabChangesFocus(true); // keyboard users must be able to leave the notes
    notes_->setFixedHeight(notes_->fontMetrics().lineSpacing() * 3 + 12);
    auto* header = new QFormLayout;
    header->addRow(tr("Decision &title:"), title_);
    header->addRow(tr("N&otes:"), notes_);
    return header;
}

void QuestionnairePage::buildTopicTitle() {
    // Larger, not bold: a bold face is one more font file to load before the first paint.
    QFont big = topicTitle_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    topicTitle_->setFont(big);
    topicTitle_->setObjectName(QStringLiteral("topicTitle"));
}

void QuestionnairePage::buildTopicPages() {
    const KnowledgeBase& kb = session_->knowledgeBase();
    topics_->setObjectName(QStringLiteral("topicStack"));
    // Empty pages now; each topic's questions are built when it is first shown, so start-up
    // pays for the first topic only (the word-wrapped help texts are what costs).
    for (std::size_t t = 0; t < kb.topics.size(); ++t) {
        auto* scroll = new QScrollArea(topics_);
        scroll->setObjectName(QStringLiteral("topic_") + QString::fromStdString(kb.topics[t].id));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        topicScrolls_.push_back(scroll);
        topics_->addWidget(scroll);
    }
}

// The progress through the topics, Back and Next.
QLayout* QuestionnairePage::buildNavigation() {
    // Created after the topics so that Tab reaches them after the last question, not before.
    back_ = new QPushButton(tr("&Back"), this);
    next_ = new QPushButton(tr("&Next"), this);

    progress_->setObjectName(QStringLiteral("questionnaireProgress"));
    progress_->setRange(0, static_cast<int>(session_->knowledgeBase().topics.size()));
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(8);
    progress_->setAccessibleName(tr("Questionnaire progress"));
    progressText_->setObjectName(QStringLiteral("progressText"));
    back_->setObjectName(QStringLiteral("backButton"));
    next_->setObjectName(QStringLiteral("nextButton"));
    back_->setAccessibleName(tr("Back"));
    next_->setAccessibleName(tr("Next"));
    back_->setToolTip(tr("Previous topic (Alt+B)"));
    next_->setToolTip(tr("Next topic (Alt+N); Enter also moves on"));

    auto* nav = new QHBoxLayout;
    nav->addWidget(progressText_, 1);
    nav->addWidget(back_);
    nav->addWidget(next_);
    connect(back_, &QPushButton::clicked, this, &QuestionnairePage::goBack);
    connect(next_, &QPushButton::clicked, this, &QuestionnairePage::goNext);
    return nav;
}

void QuestionnairePage::layOutPage(QLayout* header, QLayout* navigation) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(topicTitle_);
    layout->addWidget(topicIntro_);
    layout->addWidget(topics_, 1);
    layout->addWidget(progress_);
    layout->addLayout(navigation);
}

void QuestionnairePage::connectSession() {
    connect(title_, &QLineEdit::textEdited, session_, &DecisionSession::setTitle);
    connect(notes_, &QPlainTextEdit::textChanged, this,
            [this] { session_->setNotes(notes_->toPlainText()); });
    connect(session_, &DecisionSession::answersChanged, this, &QuestionnairePage::showAnswers);
    // Keyboard users move through long topics with Tab; keep the focused control on screen.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        const int t = topics_->currentIndex();
        if (now && t >= 0 && topicScrolls_[static_cast<std::size_t>(t)]->isAncestorOf(now))
            topicScrolls_[static_cast<std::size_t>(t)]->ensureWidgetVisible(now);
    });
}

std::vector<std::size_t> QuestionnairePage::questionsOf(std::size_t topic) const {
    const KnowledgeBase& kb = session_->knowledgeBase();
    std::vector<std::size_t> questions;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        if (kb.questions[q].topic == kb.topics[topic].id)
            questions.push_back(q);
    }
    return questions;
}

void QuestionnairePage::ensureTopicBuilt(std::size_t topic, BuildPace pace) {
    QScrollArea* scroll = topicScrolls_[topic];
    if (scroll->widget())
        return;
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addStretch(1);
    auto questions = questionsOf(topic);
    // Start-up: the first question fills the first screen; the others are built in the
    // event-loop turn after the window's first paint, as the result charts are.
    const bool defer = pace == FirstQuestionNow && questions.size() > 1;
    if (defer) {
        deferredQuestions_.assign(questions.begin() + 1, questions.end());
        questions.resize(1);
    }
    addQuestions(content, questions);
    scroll->setWidget(content);
    if (defer) {
        new FirstPaintProbe(groups_.back(), [this] { buildDeferredQuestions(); });
        // A window that starts minimised may not paint for a long while: do not wait for it.
        QTimer::singleShot(500, this, [this] { buildDeferredQuestions(); });
    }
}

void QuestionnairePage::buildDeferredQuestions() {
    if (deferredQuestions_.empty())
        return;
    const auto questions = std::exchange(deferredQuestions_, {});
    QWidget* content = topicScrolls_.front()->widget(); // only the first topic defers
    addQuestions(content, questions);
    // Lay out now, the scroll area's resize of the content included: laying out the content
    // alone would squeeze all three questions into the first one's height until the scroll
    // area caught up, and a paint in between would show it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    emit firstTopicBuilt();
}

void QuestionnairePage::addQuestions(QWidget* content, const std::vector<std::size_t>& questions) {
    auto* layout = static_cast<QVBoxLayout*>(content->layout());
    for (const std::size_t q : questions) {
        auto* group = new QuestionGroup(session_, q, content);
        groups_.push_back(group);
        layout->insertWidget(layout->count() - 1, group); // above the closing stretch
        // A layout shows a child added to a visible page only one event-loop turn later.
        if (content->isVisible())
            group->show();
    }
    // Built after Back/Next exist, so its controls would come last in the Tab order: chain
    // them explicitly between the notes and Back/Next, in reading order.
    const auto buttons = content->findChildren<QAbstractButton*>();
    if (buttons.isEmpty())
        return;
    QWidget* before = notes_;
    for (QAbstractButton* button : buttons) {
        QWidget::setTabOrder(before, button);
        before = button;
    }
    QWidget::setTabOrder(before, back_);
    QWidget::setTabOrder(back_, next_);
}

bool QuestionnairePage::isFullyBuilt() const {
    return deferredQuestions_.empty();
}

int QuestionnairePage::currentTopic() const {
    return topics_->currentIndex();
}

int QuestionnairePage::topicCount() const {
    return topics_->count();
}

void QuestionnairePage::setCurrentTopic(int topic) {
    if (topic < 0 || topic >= topics_->count())
        return;
    buildDeferredQuestions();
    showTopic(topic);
}

void QuestionnairePage::showTopic(int topic) {
    ensureTopicBuilt(static_cast<std::size_t>(topic), AllQuestions);
    topics_->setCurrentIndex(topic);
    const Topic& t = session_->knowledgeBase().topics[static_cast<std::size_t>(topic)];
    topicTitle_->setText(QString::fromStdString(t.title));
    topicIntro_->setText(QString::fromStdString(t.intro));
    updateNavigation();
}

void QuestionnairePage::goNext() {
    if (currentTopic() + 1 >= topicCount()) {
        emit finished();
        return;
    }
    setCurrentTopic(currentTopic() + 1);
    focusFirstQuestion();
}

void QuestionnairePage::goBack() {
    setCurrentTopic(currentTopic() - 1);
    focusFirstQuestion();
}

void QuestionnairePage::focusFirstQuestion() {
    const auto* page = topics_->currentWidget();
    for (QuestionGroup* group : groups_) {
        if (page->isAncestorOf(group)) {
            if (QAbstractButton* entry = group->entryButton())
                entry->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void QuestionnairePage::keyPressEvent(QKeyEvent* event) {
    // Enter on a radio button or check box reaches the page (they ignore it): move on, as the
    // default button of a wizard would.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        goNext();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuestionnairePage::showAnswers() {
    const AnswerSet& answers = session_->answers();
    const QString title = QString::fromStdString(answers.title);
    if (title_->text() != title)
        title_->setText(title);
    const QString notes = QString::fromStdString(answers.notes);
    if (notes_->toPlainText() != notes) {
        const QSignalBlocker block(notes_); // only the user's typing is an edit
        notes_->setPlainText(notes);
    }
    for (QuestionGroup* group : groups_)
        group->showAnswer();
    updateNavigation();
}

void QuestionnairePage::updateNavigation() {
    const KnowledgeBase& kb = session_->knowledgeBase();
    const int topic = currentTopic();
    const bool last = topic + 1 >= topicCount();
    std::size_t answered = 0;
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        answered += session_->editedAnswers().answered(q) ? 1 : 0;
    progress_->setValue(topic + 1);
    progressText_->setText(tr("Topic %1 of %2 · %3 of %4 questions answered")
                               .arg(topic + 1)
                               .arg(topicCount())
                               .arg(answered)
                               .arg(kb.questions.size()));
    back_->setEnabled(topic > 0);
    next_->setText(last ? tr("&Next: see the results") : tr("&Next"));
}

} // namespace advisor::ui
