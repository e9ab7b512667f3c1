// The strip that offers answers an earlier run autosaved but never saved: Restore or Discard,
// without a modal dialog, so the user can look at the window first.
#pragma once

#include "ui/store/draft_autosave.h"

#include <QFrame>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace advisor::ui {

class DraftBanner : public QFrame {
    Q_OBJECT

public:
    explicit DraftBanner(DraftAutosave* autosave, QWidget* parent = nullptr);

    // Looks for a draft and shows the banner when there is one; returns whether it is shown.
    bool offerSavedDraft();
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton* restoreButton() const { return restore_; }
    [[nodiscard]] QPushButton* discardButton() const { return discard_; }

private:
    DraftAutosave* autosave_;
    QLabel* label_;
    QPushButton* restore_;
    QPushButton* discard_;
    std::optional<RecoverableDraft> draft_;
};

} // namespace advisor::ui
