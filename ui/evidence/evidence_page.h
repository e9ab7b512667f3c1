// Evidence: every claim the app uses, grouped by criterion and shown in full, each with the
// article's own words (or marked as coming from outside it), its source, and what the decision
// being edited does with it. A filter finds any word; items can be ordered by their effect on
// today's result; ids appear only when asked for.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTreeView;
QT_END_NAMESPACE

namespace advisor::ui {

class DecisionSession;
class EvidenceCardDelegate;
class EvidenceFilter;
class EvidenceModel;

class EvidencePage : public QWidget {
    Q_OBJECT

public:
    explicit EvidencePage(DecisionSession* session, QWidget* parent = nullptr);

    [[nodiscard]] EvidenceModel* model() const { return model_; }
    [[nodiscard]] EvidenceFilter* filter() const { return filter_; }
    [[nodiscard]] EvidenceCardDelegate* delegate() const { return delegate_; }
    [[nodiscard]] QTreeView* view() const { return view_; }

    // Scrolls to and selects an evidence item (from a reason on the Results page).
    void showEvidence(std::size_t evidence);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The constructor's parts. Tab visits widgets in the order they are made, so the order of
    // the calls matters.
    [[nodiscard]] QLayout* buildFilterRow();
    [[nodiscard]] QLabel* buildIntro();
    void buildView();
    void layOutPage(QLayout* filterRow, QLabel* intro);
    void connectFilterAndSession();

    void refresh();
    void copySelection() const;

    DecisionSession* session_;
    EvidenceModel* model_;
    EvidenceFilter* filter_;
    QLineEdit* search_;
    QComboBox* order_;
    QCheckBox* ids_;
    QTreeView* view_;
    EvidenceCardDelegate* delegate_;
    bool stale_ = true;
};

} // namespace advisor::ui
