#include "ui/group/respondent_bar.h"

#include "ui/decision_session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace advisor::ui {

RespondentBar::RespondentBar(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session), respondents_(new QComboBox(this)),
      explanation_(new QLabel(this)) {
    setObjectName(QStringLiteral("respondentBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    respondents_->setObjectName(QStringLiteral("respondentBox"));
    respondents_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    explanation_->setObjectName(QStringLiteral("respondentExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("&Answering as:"), this);
    label->setBuddy(respondents_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label);
    layout->addWidget(respondents_);
    layout->addWidget(explanation_, 1);

    connect(respondents_, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            session_->selectRespondent(static_cast<std::size_t>(index));
    });
    connect(session_, &DecisionSession::respondentsChanged, this, &RespondentBar::refresh);
    connect(session_, &DecisionSession::loaded, this, &RespondentBar::refresh);
    refresh();
}

QString RespondentBar::explanation() const {
    return explanation_->text();
}

void RespondentBar::setShownOnPage(bool shown) {
    shownOnPage_ = shown;
    setVisible(shownOnPage_ && session_->selectedRespondent().has_value());
}

void RespondentBar::refresh() {
    const auto& respondents = session_->answers().respondents;
    {
        const QSignalBlocker block(respondents_);
        respondents_->clear();
        for (const auto& r : respondents) {
            const QString name = QString::fromStdString(r.name);
            respondents_->addItem(
                r.role.empty() ? name : tr("%1 (%2)").arg(name, QString::fromStdString(r.role)));
        }
        if (const auto selected = session_->selectedRespondent())
            respondents_->setCurrentIndex(static_cast<int>(*selected));
    }
    const QString name = session_->editedRespondentName();
    respondents_->setAccessibleName(tr("Answering as"));
    explanation_->setText(
        name.isEmpty()
            ? QString()
            : tr("%1's own answers and result are on these pages; the Group page shows the "
                 "group's.")
                  .arg(name));
    setVisible(shownOnPage_ && session_->selectedRespondent().has_value());
}

} // namespace advisor::ui
