#include "ui/group/group_page.h"

#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "ui/chart_style.h"
#include "ui/decision_session.h"
#include "ui/group/answers_grid_model.h"
#include "ui/group/margin_chart.h"
#include "ui/group/respondent_weights_model.h"
#include "ui/group/respondents_model.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"
#include "ui/results/lenses_panel.h"
#include "ui/results/recommendation_banner.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace advisor::ui {
namespace {

QLabel* plainLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox* boxed(const QString& title, QLayout* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    box->setLayout(content);
    return box;
}

QTableView* tableView(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

GroupPage::GroupPage(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session), respondents_(new RespondentsModel(session, this)),
      grid_(new AnswersGridModel(session, this)),
      weights_(new RespondentWeightsModel(session, this)) {
    setObjectName(QStringLiteral("groupPage"));
    // The parts in the order Tab visits them, which is the order their widgets are made in:
    // the respondents first, though the group's result is shown above them.
    QScrollArea* scroll = buildScrollArea();
    auto* content = new QWidget(scroll);
    auto* rows = new QVBoxLayout(content);
    rows->addWidget(buildOneRespondentNote(content));
    QWidget* respondentsBox = buildRespondents(content);
    // The rest only means something for a group.
    groupOnly_ = new QWidget(content);
    rows->addWidget(buildResult(content));
    rows->addWidget(respondentsBox);
    buildGroupOnly();
    rows->addWidget(groupOnly_, 1);
    scroll->setWidget(content);
    connectSession();
    askWithInputDialogs();
    refresh();
}

QScrollArea* GroupPage::buildScrollArea() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("groupScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    return scroll;
}

QLabel* GroupPage::buildOneRespondentNote(QWidget* content) {
    oneRespondentNote_ = plainLabel(content, QStringLiteral("oneRespondentNote"));
    oneRespondentNote_->setText(
        tr("One person answers this decision. Add a respondent, or import the answers files "
           "your colleagues exported, to decide as a group: each answers on their own, and this "
           "page shows the group's result and where they differ."));
    return oneRespondentNote_;
}

// Who answered: the table, and what can be done to it.
QWidget* GroupPage::buildRespondents(QWidget* content) {
    respondentsView_ = tableView(content, QStringLiteral("respondentsView"), tr("Respondents"));
    respondentsView_->setModel(respondents_);
    respondentsView_->setEditTriggers(QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::DoubleClicked);
    respondentsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    respondentsView_->horizontalHeader()->setStretchLastSection(true);
    respondentsView_->setMinimumHeight(respondentsView_->verticalHeader()->defaultSectionSize() *
                                       5);
    auto* add = new QPushButton(tr("&Add…"), content);
    add->setObjectName(QStringLiteral("addRespondentButton"));
    rename_ = new QPushButton(tr("Re&name…"), content);
    rename_->setObjectName(QStringLiteral("renameRespondentButton"));
    weight_ = new QPushButton(tr("Voting &weight…"), content);
    weight_->setObjectName(QStringLiteral("respondentWeightButton"));
    remove_ = new QPushButton(tr("Re&move"), content);
    remove_->setObjectName(QStringLiteral("removeRespondentButton"));
    auto* import = new QPushButton(tr("&Import answers files…"), content);
    import->setObjectName(QStringLiteral("importRespondentsButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, rename_, weight_, remove_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(import);
    auto* hint = plainLabel(content, QStringLiteral("respondentsHint"));
    hint->setText(tr("The selected respondent is the one whose answers the questionnaire, "
                     "Results, Weights and Evidence show. F2 edits a name or a voting weight."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* people = new QVBoxLayout;
    people->addWidget(respondentsView_);
    people->addLayout(buttons);
    people->addWidget(hint);
    QGroupBox* box = boxed(tr("Respondents"), people, content);

    connect(add, &QPushButton::clicked, this, &GroupPage::addRespondent);
    connect(rename_, &QPushButton::clicked, this, &GroupPage::renameRespondent);
    connect(weight_, &QPushButton::clicked, this, &GroupPage::setVotingWeight);
    connect(remove_, &QPushButton::clicked, this, &GroupPage::removeRespondent);
    connect(import, &QPushButton::clicked, this, &GroupPage::importRequested);
    return box;
}

// The group's recommendation beside the split, the tally and the consensus.
QWidget* GroupPage::buildResult(QWidget* content) {
    banner_ = new RecommendationBanner(session_->knowledgeBase(), content);
    banner_->setAccessibleName(tr("The group's recommendation"));
    split_ = plainLabel(content, QStringLiteral("splitLabel"));
    QFont bold = split_->font();
    bold.setBold(true);
    split_->setFont(bold);
    tally_ = plainLabel(content, QStringLiteral("tallyLabel"));
    consensus_ = plainLabel(content, QStringLiteral("consensusLabel"));
    auto* summary = new QVBoxLayout;
    summary->addWidget(split_);
    summary->addWidget(tally_);
    summary->addWidget(consensus_);
    summary->addStretch(1);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(banner_, 3);
    resultRow->addLayout(summary, 2);
    // The group's two lenses: its situation is the facts everyone gives alike; the rest are
    // named as disputed.
    lenses_ = new LensesPanel(session_->knowledgeBase(), QStringLiteral("group_"), content);
    connect(lenses_, &LensesPanel::countsChosen, session_,
            [this](double counts) { session_->setGroupSituationCounts(counts); });
    auto* result = new QVBoxLayout;
    result->addLayout(resultRow);
    result->addWidget(lenses_);
    resultBox_ = boxed(tr("The group's result"), result, content);
    return resultBox_;
}

void GroupPage::buildGroupOnly() {
    auto* rows = new QVBoxLayout(groupOnly_);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addWidget(buildAnswersGrid());
    rows->addLayout(buildMarginsAndWeights());
}

QWidget* GroupPage::buildAnswersGrid() {
    gridView_ = tableView(groupOnly_, QStringLiteral("answersGridView"), tr("Who answered what"));
    gridView_->setModel(grid_);
    gridView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    gridView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    gridView_->setWordWrap(false);
    gridView_->horizontalHeader()->setDefaultSectionSize(120);
    gridView_->setColumnWidth(AnswersGridModel::Question, 260);
    gridView_->setMinimumHeight(gridView_->verticalHeader()->defaultSectionSize() * 11);
    auto* gridLegend = plainLabel(groupOnly_, QStringLiteral("gridLegend"));
    gridLegend->setText(tr("◆ Decisive: had everyone given one of these answers, the group's "
                           "winner would change. ≠ marks an answer that differs from the one "
                           "most of the voting weight gave; (brackets) mark a default."));
    gridLegend->setForegroundRole(QPalette::PlaceholderText);
    auto* gridBox = new QVBoxLayout;
    gridBox->addWidget(gridView_);
    gridBox->addWidget(gridLegend);
    return boxed(tr("Who answered what (differences first)"), gridBox, groupOnly_);
}

QLayout* GroupPage::buildMarginsAndWeights() {
    marginChart_ = new MarginChart(session_->knowledgeBase(), groupOnly_);
    marginChart_->setMinimumHeight(240);
    weightsView_ = tableView(groupOnly_, QStringLiteral("respondentWeightsView"),
                             tr("Each respondent's weights"));
    weightsView_->setModel(weights_);
    weightsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    weightsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* chartBox = new QVBoxLayout;
    chartBox->addWidget(marginChart_);
    auto* weightsBox = new QVBoxLayout;
    weightsBox->addWidget(weightsView_);
    auto* row = new QHBoxLayout;
    row->addWidget(boxed(tr("Margins"), chartBox, groupOnly_), 1);
    row->addWidget(boxed(tr("Each respondent's weights"), weightsBox, groupOnly_), 1);
    return row;
}

void GroupPage::connectSession() {
    connect(respondents_, &RespondentsModel::problem, this, &GroupPage::problem);
    connect(respondentsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    session_->selectRespondent(static_cast<std::size_t>(current.row()));
            });
    connect(session_, &DecisionSession::evaluationChanged, this, &GroupPage::sessionChanged);
}

// Until a test answers them instead.
void GroupPage::askWithInputDialogs() {
    askText_ = [this](const QString& prompt, const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Respondent"), prompt, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    askNumber_ = [this](const QString& prompt, double initial) -> std::optional<double> {
        bool ok = false;
        const double value = QInputDialog::getDouble(this, tr("Voting weight"), prompt, initial,
                                                     0.0, kMaxVotingWeight, 2, &ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    };
}

void GroupPage::sessionChanged() {
    stale_ = true;
    if (isVisible())
        refresh();
}

void GroupPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        refresh();
}

void GroupPage::refresh() {
    stale_ = false;
    const AnswerSet& decision = session_->answers();
    const bool group = decision.isGroup();
    oneRespondentNote_->setVisible(!group);
    groupOnly_->setVisible(group);
    resultBox_->setVisible(group);
    rename_->setEnabled(group);
    weight_->setEnabled(group);
    remove_->setEnabled(decision.respondents.size() > 1);
    respondents_->refresh();
    selectSessionRespondent();
    if (!group)
        return;
    const Evaluation& ev = session_->evaluation();
    const KnowledgeBase& kb = session_->knowledgeBase();
    banner_->showEvaluation(ev);
    lenses_->showEvaluation(ev);
    if (ev.group) {
        const GroupResult& g = *ev.group;
        split_->setText(g.tally.split ? tr("Split: no alternative has two thirds of the voting "
                                           "weight behind it.")
                                      : QString());
        split_->setVisible(g.tally.split);
        tally_->setText(phraseText(tallyPhrase(kb, g.tally, ev)));
        consensus_->setText(g.consensus
                                ? phraseText(consensusPhrase(*g.consensus, localeNumberFormat()))
                                : tr("Agreement on the weights needs two or more "
                                     "respondents who vote."));
    }
    grid_->setDifferenceColor(isDarkPalette(palette()) ? QColor(160, 110, 0, 120)
                                                       : QColor(255, 190, 60, 110));
    grid_->refresh();
    weights_->refresh();
    marginChart_->showGroup(decision, ev);
}

QString GroupPage::summaryText() const {
    QStringList parts;
    parts << banner_->text();
    if (split_->isVisible())
        parts << split_->text();
    parts << tally_->text() << consensus_->text();
    return parts.join(QLatin1Char('\n'));
}

void GroupPage::selectSessionRespondent() {
    const auto selected = session_->selectedRespondent();
    if (!selected)
        return;
    const QModelIndex current = respondentsView_->currentIndex();
    if (current.isValid() && current.row() == static_cast<int>(*selected))
        return;
    respondentsView_->setCurrentIndex(
        respondents_->index(static_cast<int>(*selected), RespondentsModel::Name));
}

std::optional<std::size_t> GroupPage::currentRespondent() const {
    const QModelIndex current = respondentsView_->currentIndex();
    if (!current.isValid())
        return session_->selectedRespondent();
    return static_cast<std::size_t>(current.row());
}

void GroupPage::report(const Status& status) {
    if (!status)
        emit problem(QString::fromStdString(status.error().message));
}

void GroupPage::addRespondent() {
    const auto& respondents = session_->answers().respondents;
    const bool group = !respondents.empty();
    QString firstName;
    if (!group) {
        // The answers given so far become someone's: ask whose.
        const auto first = askText_(tr("Whose are the answers given so far?"), tr("Respondent 1"));
        if (!first)
            return;
        firstName = *first;
    }
    const auto name = askText_(tr("Name of the new respondent:"),
                               tr("Respondent %1").arg(group ? respondents.size() + 1 : 2));
    if (!name)
        return;
    report(session_->addRespondent(*name, firstName));
}

void GroupPage::renameRespondent() {
    const auto r = currentRespondent();
    if (!r)
        return;
    const QString now = QString::fromStdString(session_->answers().respondents[*r].name);
    if (const auto name = askText_(tr("New name for %1:").arg(now), now))
        report(session_->renameRespondent(*r, *name));
}

void GroupPage::setVotingWeight() {
    const auto r = currentRespondent();
    if (!r)
        return;
    const Respondent& who = session_->answers().respondents[*r];
    if (const auto weight =
            askNumber_(tr("Voting weight of %1 (0 counts their answers for nothing):")
                           .arg(QString::fromStdString(who.name)),
                       who.weight))
        report(session_->setRespondentWeight(*r, *weight));
}

void GroupPage::removeRespondent() {
    if (const auto r = currentRespondent())
        report(session_->removeRespondent(*r));
}

} // namespace advisor::ui
