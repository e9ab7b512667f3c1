#include "ui/questionnaire/question_group.h"

#include "core/kb/score_model.h"
#include "core/model/explanations.h"
#include "ui/decision_session.h"
#include "ui/phrase_text.h"
#include "ui/wrapped_text.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QRadioButton>
#include <algorithm>

namespace advisor::ui {
namespace {

QString idName(const std::string& id) {
    return QString::fromStdString(id);
}

} // namespace

QuestionGroup::QuestionGroup(DecisionSession* session, std::size_t question, QWidget* parent)
    : QGroupBox(parent), session_(session), question_(question) {
    const Question& q = session_->knowledgeBase().questions[question_];
    setTitle(QString::fromStdString(q.text));
    setObjectName(QStringLiteral("question_") + idName(q.id));
    setAccessibleName(title());
    setAccessibleDescription(QString::fromStdString(q.help));

    auto* layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(16);
    // Plain text always: knowledge-base text is data, never markup.
    auto* help = new WrappedText(QString::fromStdString(q.help), this);
    layout->addWidget(help, 0, 0, 1, 2);

    if (q.kind == QuestionKind::Single)
        buildSingle();
    else
        buildMulti();
    showAnswer();
}

void QuestionGroup::addOptionRow(QAbstractButton* button, const QString& help, int row) {
    auto* layout = static_cast<QGridLayout*>(this->layout());
    button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    button->setAccessibleDescription(help);
    button->setToolTip(help);
    layout->addWidget(button, row, 0, Qt::AlignTop);
    auto* helpLabel = new WrappedText(help, this);
    helpLabel->setForegroundRole(QPalette::PlaceholderText);
    // The help is read out from the button's description; the label is only for the eye.
    helpLabel->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(helpLabel, row, 1, Qt::AlignTop);
}

// An option whose answer counts only evidence from outside the article says so beside it.
QString QuestionGroup::optionHelp(const Option& option) const {
    const QString help = QString::fromStdString(option.help);
    if (!restsOutsideArticle(session_->knowledgeBase(), option))
        return help;
    return tr("%1 (%2)").arg(help, phraseText(outsideArticlePhrase()));
}

void QuestionGroup::buildSingle() {
    const Question& q = session_->knowledgeBase().questions[question_];
    group_ = new QButtonGroup(this);
    group_->setExclusive(true);
    int row = 1;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        const Option& option = q.options[o];
        auto* button = new QRadioButton(QString::fromStdString(option.label), this);
        button->setObjectName(QStringLiteral("option_%1_%2").arg(idName(q.id), idName(option.id)));
        group_->addButton(button, static_cast<int>(o));
        buttons_.push_back(button);
        addOptionRow(button, optionHelp(option), row++);
    }
    QStringList defaults;
    for (std::size_t o : q.defaultOptions)
        defaults << QString::fromStdString(q.options[o].label);
    skip_ = new QRadioButton(tr("Skip"), this);
    skip_->setObjectName(QStringLiteral("skip_") + idName(q.id));
    group_->addButton(skip_, static_cast<int>(q.options.size()));
    addOptionRow(skip_,
                 defaults.isEmpty()
                     ? tr("Leave unanswered; the results will say a neutral default was used.")
                     : tr("Leave unanswered; the neutral default “%1” applies and the results "
                          "say so.")
                           .arg(defaults.join(tr(", "))),
                 row);

    connect(group_, &QButtonGroup::idClicked, this, [this](int id) {
        const std::size_t chosen = static_cast<std::size_t>(id);
        if (chosen >= buttons_.size())
            session_->setSingleAnswer(question_, std::nullopt);
        else
            session_->setSingleAnswer(question_, chosen);
    });
}

void QuestionGroup::buildMulti() {
    const Question& q = session_->knowledgeBase().questions[question_];
    int row = 1;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        const Option& option = q.options[o];
        auto* box = new QCheckBox(QString::fromStdString(option.label), this);
        box->setObjectName(QStringLiteral("option_%1_%2").arg(idName(q.id), idName(option.id)));
        buttons_.push_back(box);
        addOptionRow(box, optionHelp(option), row++);
        connect(box, &QCheckBox::clicked, this, &QuestionGroup::multiChoiceClicked);
    }
    auto* note =
        new WrappedText(tr("Tick none to skip: the results will say a default was used."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    static_cast<QGridLayout*>(layout())->addWidget(note, row, 0, 1, 2);
}

void QuestionGroup::multiChoiceClicked() {
    std::vector<std::size_t> chosen;
    for (std::size_t o = 0; o < buttons_.size(); ++o)
        if (buttons_[o]->isChecked())
            chosen.push_back(o);
    // Unticking the last box returns the question to "unanswered" rather than "none of these",
    // so skipping a multi-choice question needs no extra control.
    if (chosen.empty())
        session_->setMultiAnswer(question_, std::nullopt);
    else
        session_->setMultiAnswer(question_, std::move(chosen));
}

void QuestionGroup::showAnswer() {
    const auto& choice = session_->editedAnswers().choices[question_];
    if (skip_) {
        QAbstractButton* checked = skip_;
        if (choice && !choice->empty() && choice->front() < buttons_.size())
            checked = buttons_[choice->front()];
        checked->setChecked(true);
        return;
    }
    for (std::size_t o = 0; o < buttons_.size(); ++o) {
        const bool on = choice && std::find(choice->begin(), choice->end(), o) != choice->end();
        buttons_[o]->setChecked(on);
    }
}

QAbstractButton* QuestionGroup::optionButton(std::size_t option) const {
    return option < buttons_.size() ? buttons_[option] : nullptr;
}

QAbstractButton* QuestionGroup::skipButton() const {
    return skip_;
}

QAbstractButton* QuestionGroup::entryButton() const {
    if (group_ && group_->checkedButton())
        return group_->checkedButton();
    return buttons_.empty() ? skip_ : buttons_.front();
}

} // namespace advisor::ui
