#include "ui/history/outcome_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

namespace advisor::ui {

OutcomeDialog::OutcomeDialog(const QString& decisionTitle,
                             const std::optional<OutcomeReview>& existing, QWidget* parent)
    : QDialog(parent), text_(new QPlainTextEdit(this)), yes_(new QRadioButton(tr("&Yes"), this)),
      no_(new QRadioButton(tr("&No"), this)), rating_(new QComboBox(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("How did it turn out?"));
    auto* intro = new QLabel(
        tr("Looking back at “%1”: what happened after the choice was made?").arg(decisionTitle),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    text_->setObjectName(QStringLiteral("outcomeText"));
    text_->setPlaceholderText(tr("What went well, what did not, what you would choose today"));
    text_->setTabChangesFocus(true);
    yes_->setObjectName(QStringLiteral("outcomeAsExpected"));
    no_->setObjectName(QStringLiteral("outcomeNotAsExpected"));
    auto* expected = new QHBoxLayout;
    expected->addWidget(yes_);
    expected->addWidget(no_);
    expected->addStretch(1);

    rating_->setObjectName(QStringLiteral("outcomeRating"));
    rating_->addItem(tr("Not rated"), 0);
    rating_->addItem(tr("1 — much worse than hoped"), 1);
    rating_->addItem(tr("2 — worse than hoped"), 2);
    rating_->addItem(tr("3 — as hoped"), 3);
    rating_->addItem(tr("4 — better than hoped"), 4);
    rating_->addItem(tr("5 — much better than hoped"), 5);

    const OutcomeReview start = existing.value_or(OutcomeReview{});
    text_->setPlainText(QString::fromStdString(start.text));
    (start.asExpected ? yes_ : no_)->setChecked(true);
    rating_->setCurrentIndex(rating_->findData(start.rating));

    auto* form = new QFormLayout;
    form->addRow(tr("&What happened:"), text_);
    form->addRow(tr("As expected?"), expected);
    form->addRow(tr("&Rating:"), rating_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An empty review says nothing worth keeping.
    auto updateOk = [this] {
        buttons_->button(QDialogButtonBox::Ok)
            ->setEnabled(!text_->toPlainText().trimmed().isEmpty());
    };
    connect(text_, &QPlainTextEdit::textChanged, this, updateOk);
    updateOk();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons_);
    resize(480, 320);
}

OutcomeReview OutcomeDialog::review() const {
    OutcomeReview r;
    r.text = text_->toPlainText().trimmed().toStdString();
    r.asExpected = yes_->isChecked();
    r.rating = rating_->currentData().toInt();
    return r; // recordedOn empty: the store stamps today
}

} // namespace advisor::ui
