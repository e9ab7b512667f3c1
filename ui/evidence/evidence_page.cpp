#include "ui/evidence/evidence_page.h"

#include "ui/decision_session.h"
#include "ui/evidence/evidence_card_delegate.h"
#include "ui/evidence/evidence_filter.h"
#include "ui/evidence/evidence_model.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace advisor::ui {

EvidencePage::EvidencePage(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session), model_(new EvidenceModel(session->knowledgeBase(), this)),
      filter_(new EvidenceFilter(this)), search_(new QLineEdit(this)), order_(new QComboBox(this)),
      ids_(new QCheckBox(tr("Show &ids"), this)), view_(new QTreeView(this)),
      delegate_(new EvidenceCardDelegate(view_)) {
    setObjectName(QStringLiteral("evidencePage"));
    filter_->setSourceModel(model_);
    QLayout* filterRow = buildFilterRow();
    QLabel* intro = buildIntro();
    buildView();
    layOutPage(filterRow, intro);
    connectFilterAndSession();
    filter_->setOrder(EvidenceFilter::Order::KnowledgeBase);
}

// The filter field, the order and "Show ids".
QLayout* EvidencePage::buildFilterRow() {
    search_->setObjectName(QStringLiteral("evidenceFilter"));
    search_->setPlaceholderText(tr("Any word: a claim, a quote, a source, a figure, an answer…"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Filter evidence"));
    auto* searchLabel = new QLabel(tr("&Filter:"), this);
    searchLabel->setBuddy(search_);

    order_->setObjectName(QStringLiteral("evidenceOrder"));
    order_->addItem(tr("As in the knowledge base"));
    order_->addItem(tr("Strongest effect on today's result first"));
    order_->setAccessibleName(tr("Order of the items"));
    auto* orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(order_);
    ids_->setObjectName(QStringLiteral("evidenceShowIds"));
    ids_->setToolTip(tr("Show each item's id, as answers files and reports name it"));

    auto* row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(search_, 1);
    row->addWidget(orderLabel);
    row->addWidget(order_);
    row->addWidget(ids_);
    return row;
}

QLabel* EvidencePage::buildIntro() {
    auto* intro = new QLabel(
        tr("Every claim the advice rests on, by criterion. Each quotes the article it comes "
           "from, unless it is marked as outside the article. Your answers decide which claims "
           "apply to your project."),
        this);
    intro->setObjectName(QStringLiteral("evidenceIntro"));
    intro->setWordWrap(true);
    return intro;
}

// The items as cards under their criteria, always expanded, with Copy.
void EvidencePage::buildView() {
    view_->setObjectName(QStringLiteral("evidenceView"));
    view_->setAccessibleName(tr("Evidence items by criterion"));
    view_->setModel(filter_);
    view_->setItemDelegate(delegate_);
    view_->setHeaderHidden(true);
    view_->setRootIsDecorated(false);
    view_->setItemsExpandable(false);
    view_->setUniformRowHeights(false);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->setFrameShape(QFrame::NoFrame);
    view_->viewport()->installEventFilter(this);
    view_->expandAll();

    auto* copy = new QAction(tr("Copy"), view_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view_->addAction(copy);
    connect(copy, &QAction::triggered, this, &EvidencePage::copySelection);
}

void EvidencePage::layOutPage(QLayout* filterRow, QLabel* intro) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(intro);
    layout->addWidget(view_, 1);
}

void EvidencePage::connectFilterAndSession() {
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        filter_->setFilterFixedString(text);
        view_->expandAll(); // criteria that come back are shown open
    });
    connect(order_, &QComboBox::currentIndexChanged, this, [this](int i) {
        filter_->setOrder(i == 1 ? EvidenceFilter::Order::Effect
                                 : EvidenceFilter::Order::KnowledgeBase);
        view_->expandAll();
    });
    connect(ids_, &QCheckBox::toggled, delegate_, &EvidenceCardDelegate::setShowIds);
    connect(session_, &DecisionSession::evaluationChanged, this, [this] {
        stale_ = true;
        if (isVisible())
            refresh();
    });
}

void EvidencePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        refresh();
}

void EvidencePage::refresh() {
    model_->setEvaluation(session_->shownEvaluation());
    stale_ = false;
    view_->doItemsLayout(); // an item's text, and so its height, may have changed
}

bool EvidencePage::eventFilter(QObject* watched, QEvent* event) {
    // Cards wrap to the view's width: a new width means new heights. Laid out on the next turn,
    // not inside the resize, so the view does not re-enter its own layout.
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, view_, [view = view_] { view->doItemsLayout(); });
    return QWidget::eventFilter(watched, event);
}

void EvidencePage::showEvidence(std::size_t evidence) {
    if (stale_)
        refresh();
    search_->clear();
    const QModelIndex index = filter_->mapFromSource(model_->indexOfEvidence(evidence));
    if (!index.isValid())
        return;
    view_->setCurrentIndex(index);
    view_->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void EvidencePage::copySelection() const {
    const QModelIndex current = view_->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(Qt::AccessibleTextRole).toString());
}

} // namespace advisor::ui
