#include "ui/store/draft_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace advisor::ui {

DraftBanner::DraftBanner(DraftAutosave* autosave, QWidget* parent)
    : QFrame(parent), autosave_(autosave), label_(new QLabel(this)),
      restore_(new QPushButton(tr("&Restore"), this)),
      discard_(new QPushButton(tr("Discard"), this)) {
    setObjectName(QStringLiteral("draftBanner"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    label_->setObjectName(QStringLiteral("draftBannerText"));
    label_->setTextFormat(Qt::PlainText);
    label_->setWordWrap(true);
    label_->setForegroundRole(QPalette::ToolTipText);
    restore_->setObjectName(QStringLiteral("draftRestoreButton"));
    discard_->setObjectName(QStringLiteral("draftDiscardButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(label_, 1);
    layout->addWidget(restore_);
    layout->addWidget(discard_);
    hide();

    connect(restore_, &QPushButton::clicked, this, [this] {
        if (draft_)
            autosave_->restore(*draft_);
        draft_.reset();
        hide();
    });
    connect(discard_, &QPushButton::clicked, this, [this] {
        autosave_->discard();
        draft_.reset();
        hide();
    });
}

bool DraftBanner::offerSavedDraft() {
    draft_ = autosave_->findDraft();
    if (!draft_) {
        hide();
        return false;
    }
    const QString title = QString::fromStdString(draft_->answers.title);
    label_->setText(
        title.isEmpty()
            ? tr("Answers you had not saved were kept when the app last closed (%1). Restore "
                 "them?")
                  .arg(draft_->savedAt)
            : tr("Your unsaved answers for “%1” were kept when the app last closed (%2). Restore "
                 "them?")
                  .arg(title, draft_->savedAt));
    show();
    return true;
}

QString DraftBanner::text() const {
    return isHidden() ? QString() : label_->text();
}

} // namespace advisor::ui
