#include "ui/weights/pairwise_panel.h"

#include "core/model/ahp.h"
#include "core/model/explanations.h"
#include "ui/decision_session.h"
#include "ui/eliding_header_view.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"
#include "ui/weights/pairwise_model.h"
#include "ui/weights/saaty_delegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace advisor::ui {

PairwisePanel::PairwisePanel(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* intro =
        new QLabel(tr("How much more does the row's criterion matter than the column's? 1: "
                      "equally, 3: moderately, 5: strongly, 7: very strongly, 9: "
                      "extremely; 1/3: the column's matters moderately more."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    model_ = new PairwiseModel(session_->knowledgeBase(), this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("pairwiseTable"));
    table_->setAccessibleName(tr("Pairwise judgements"));
    table_->setModel(model_);
    table_->setItemDelegate(new SaatyDelegate(table_));
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not on CurrentChanged: arrow keys must move between cells, not change judgements. Typing a
    // digit or F2 opens the editor; Tab leaves the table instead of walking its cells.
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    table_->setTabKeyNavigation(false);
    // Narrow columns (a narrow window, a longer language beside) end their names in "…"; the
    // whole name is the column's tooltip and heads the row in the same position.
    table_->setHorizontalHeader(new ElidingHeaderView(Qt::Horizontal, table_));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Bold headers for the current cell would no longer fit the criterion names.
    table_->horizontalHeader()->setHighlightSections(false);
    table_->verticalHeader()->setHighlightSections(false);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 10);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Exactly as tall as its rows: the matrix is small and should never need scrolling.
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() +
                           model_->rowCount() * table_->verticalHeader()->defaultSectionSize() +
                           2 * table_->frameWidth());
    layout->addWidget(table_);

    consistency_ = new QLabel(this);
    consistency_->setObjectName(QStringLiteral("consistencyRatio"));
    consistency_->setWordWrap(true); // longer in other languages than the panel is wide
    layout->addWidget(consistency_);

    // The warning sits in a framed row with the platform's warning icon, readable in any palette.
    warningBox_ = new QFrame(this);
    warningBox_->setFrameShape(QFrame::StyledPanel);
    auto* warningRow = new QHBoxLayout(warningBox_);
    auto* icon = new QLabel(warningBox_);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    warning_ = new QLabel(warningBox_);
    warning_->setObjectName(QStringLiteral("ahpWarning"));
    warning_->setWordWrap(true);
    warningRow->addWidget(icon);
    warningRow->addWidget(warning_, 1);
    layout->addWidget(warningBox_);

    implied_ = new QLabel(this);
    implied_->setObjectName(QStringLiteral("pairwiseWeights"));
    implied_->setWordWrap(true);
    layout->addWidget(implied_);

    use_ = new QPushButton(this);
    use_->setObjectName(QStringLiteral("usePairwiseButton"));
    layout->addWidget(use_, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(model_, &PairwiseModel::judgementsEdited, this, &PairwisePanel::onJudgementsEdited);
    connect(use_, &QPushButton::clicked, this,
            [this] { session_->setPairwise(model_->judgements()); });
    connect(session_, &DecisionSession::evaluationChanged, this,
            &PairwisePanel::onEvaluationChanged);
    onEvaluationChanged();
}

bool PairwisePanel::pairwiseInForce() const {
    return session_->shownEvaluation().weightSource == WeightSource::Pairwise;
}

void PairwisePanel::onJudgementsEdited() {
    // While pairwise weights are in force each judgement applies at once (one undo step each);
    // otherwise the matrix is a draft until the user chooses to use it.
    if (pairwiseInForce())
        session_->setPairwise(model_->judgements());
    showAnalysis();
}

void PairwisePanel::onEvaluationChanged() {
    // After undo, redo or opening a decision the matrix follows the judgements in force; the
    // user's draft is kept when other weights are in force.
    if (session_->editedAnswers().pairwise)
        model_->setJudgements(*session_->editedAnswers().pairwise);
    showAnalysis();
}

void PairwisePanel::showAnalysis() {
    const auto& kb = session_->knowledgeBase();
    const auto& judgements = model_->judgements();
    // The matrix as it is being edited, not the weights in force, so the user sees the
    // consequences before applying them.
    const AhpResult ahp = analysePairwise(judgements);
    const bool acceptable = ahp.consistencyRatio <= kAcceptableConsistencyRatio;
    consistency_->setText(
        tr("Consistency ratio: %1 (%2)")
            .arg(QString::fromStdString(formatWeight(ahp.consistencyRatio, localeNumberFormat())),
                 (acceptable ? tr("acceptable, %1 or less") : tr("too high, above %1"))
                     .arg(localeNumber(kAcceptableConsistencyRatio, 2))));
    const QString warning =
        phraseText(ahpWarningPhrase(kb, ahp, judgements.matrix, localeNumberFormat()));
    warning_->setText(warning);
    warningBox_->setVisible(!warning.isEmpty());

    QStringList parts;
    for (std::size_t c = 0; c < ahp.weights.size() && c < kb.criteria.size(); ++c)
        parts << tr("%1 %2").arg(
            QString::fromStdString(kb.criteria[c].name),
            QString::fromStdString(formatWeight(ahp.weights[c], localeNumberFormat())));
    implied_->setText(tr("These judgements give the weights: %1.").arg(parts.join(tr(", "))));

    const bool inForce = pairwiseInForce();
    use_->setText(inForce ? tr("Pairwise weights in use") : tr("&Use pairwise weights"));
    use_->setEnabled(!inForce);
}

} // namespace advisor::ui
