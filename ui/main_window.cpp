#include "ui/main_window.h"

#include "ui/appearance.h"
#include "ui/decision_session.h"
#include "ui/evidence/evidence_page.h"
#include "ui/first_paint_probe.h"
#include "ui/group/group_page.h"
#include "ui/group/respondent_bar.h"
#include "ui/history/history_page.h"
#include "ui/lab/lab_page.h"
#include "ui/questionnaire/questionnaire_page.h"
#include "ui/results/results_page.h"
#include "ui/settings.h"
#include "ui/store/decision_library.h"
#include "ui/store/draft_autosave.h"
#include "ui/store/draft_banner.h"
#include "ui/store/saved_result_notice.h"
#include "ui/store/session_saver.h"
#include "ui/weights_page.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace advisor::ui {
namespace {

std::unique_ptr<Settings> settingsFor(const GuiStartup& startup) {
    return startup.settingsPath.isEmpty() ? std::make_unique<Settings>()
                                          : std::make_unique<Settings>(startup.settingsPath);
}

} // namespace

MainWindow::MainWindow(KnowledgeBase kb, QWidget* parent)
    : MainWindow(GuiStartup{std::move(kb), {}, {}, {}}, parent) {}

MainWindow::MainWindow(GuiStartup startup, QWidget* parent)
    : QMainWindow(parent), startup_(std::move(startup)), settings_(settingsFor(startup_)),
      session_(new DecisionSession(startup_.knowledgeBase, this)),
      navigation_(new QListWidget(this)), stack_(new QStackedWidget(this)),
      noticeStrip_(new QWidget(this)), noticeText_(new QLabel(noticeStrip_)) {
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(800, 560);
    buildNoticeStrip();
    // The store opens on a worker thread once the window has painted (or sooner, if something
    // needs it), and the draft is offered once it is open: start-up never waits for the
    // database, and neither does the window while the file is checked.
    connectStore();
    DraftBanner* draftBanner = buildDraftBanner();
    openStoreAfterFirstPaint();
    respondentBar_ = new RespondentBar(session_, this);
    buildNavigation();
    layOutWindow(draftBanner);
    buildMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    // The first text measurement: everything above needs no fonts, so it overlaps the font
    // database's loading on the FontDatabaseWarmUp thread (runGui).
    navigation_->setFixedWidth(navigation_->sizeHintForColumn(0) + 32);
    restoreAppearance();
    connectWindowTitle();
    setAcceptDrops(true);
    showPage(static_cast<Page>(settings_->lastPage()));

    if (!startup_.knowledgeBaseNotice.isEmpty())
        showNotice(startup_.knowledgeBaseNotice);
}

// Problems the user must see but need not dismiss first (a broken --kb, a file that would not
// open): a strip above the pages rather than a modal dialog.
void MainWindow::buildNoticeStrip() {
    noticeStrip_->setObjectName(QStringLiteral("noticeStrip"));
    noticeStrip_->setAutoFillBackground(true);
    noticeStrip_->setBackgroundRole(QPalette::ToolTipBase);
    noticeStrip_->setForegroundRole(QPalette::ToolTipText);
    noticeText_->setObjectName(QStringLiteral("noticeText"));
    noticeText_->setTextFormat(Qt::PlainText);
    noticeText_->setWordWrap(true);
    noticeText_->setForegroundRole(QPalette::ToolTipText);
    noticeText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* icon = new QLabel(noticeStrip_);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    auto* dismiss = new QToolButton(noticeStrip_);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss notice"));
    connect(dismiss, &QToolButton::clicked, noticeStrip_, &QWidget::hide);
    auto* layout = new QHBoxLayout(noticeStrip_);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(noticeText_, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    noticeStrip_->hide();
}

// The decision store and what ties the session to its saved record, and what they tell the
// user: problems, a save, and a reopened decision's saved result that differs from today's.
void MainWindow::connectStore() {
    library_ = new DecisionLibrary(startup_.databasePath, this);
    saver_ = new SessionSaver(session_, library_, this);
    connect(library_, &DecisionLibrary::problem, this, &MainWindow::showNotice);
    connect(saver_, &SessionSaver::saved, this,
            [this] { statusBar()->showMessage(tr("Saved in the history"), 5000); });
    connect(saver_, &SessionSaver::reopened, this, [this](const Decision& record) {
        if (const QString text =
                savedResultNotice(record, session_->knowledgeBase(), session_->evaluation());
            !text.isEmpty()) {
            showNotice(text);
            savedResultNoticeShown_ = true;
        }
    });
    // The notice is about the decision as reopened: once it is saved again (the record then
    // holds today's result) or replaced, it no longer applies.
    auto dropSavedResultNotice = [this] {
        if (savedResultNoticeShown_)
            noticeStrip_->hide();
        savedResultNoticeShown_ = false;
    };
    connect(saver_, &SessionSaver::saved, this, dropSavedResultNotice);
    connect(session_, &DecisionSession::loaded, this, dropSavedResultNotice);
}

DraftBanner* MainWindow::buildDraftBanner() {
    auto* autosave = new DraftAutosave(session_, library_, this);
    autosave->flushWhenClosing(this);
    auto* draftBanner = new DraftBanner(autosave, this);
    connect(library_, &DecisionLibrary::opened, draftBanner, [this, draftBanner] {
        if (library_->state() == DecisionLibrary::State::Open)
            draftBanner->offerSavedDraft();
    });
    return draftBanner;
}

// One more event-loop turn after the first paint: opening the database is not start-up work,
// and --benchmark-startup's own probe (queued at the same paint) must run first.
void MainWindow::openStoreAfterFirstPaint() {
    new FirstPaintProbe(this, [library = library_] {
        QTimer::singleShot(0, library, [library] { library->startOpening(); });
    });
}

// The navigation on the left; on the right the notice, the draft banner, whose answers are
// shown, and the pages.
void MainWindow::layOutWindow(QWidget* draftBanner) {
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(noticeStrip_);
    right->addWidget(draftBanner);
    right->addWidget(respondentBar_);
    right->addWidget(stack_, 1);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigation_);
    layout->addLayout(right, 1);
    setCentralWidget(central);
}

// The palette and the window's size as the settings hold them.
void MainWindow::restoreAppearance() {
    if (settings_->paletteMode() != PaletteMode::System)
        applyPaletteMode(settings_->paletteMode());
    if (!restoreGeometry(settings_->windowGeometry())) {
        // First start: a comfortable size that still fits a small laptop screen.
        QSize size(1120, 780);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
}

void MainWindow::connectWindowTitle() {
    connect(session_, &DecisionSession::titleChanged, this, &MainWindow::updateWindowTitle);
    connect(session_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateWindowTitle);
    connect(session_, &DecisionSession::respondentsChanged, this, [this] {
        updateWindowTitle();
        if (const QString name = session_->editedRespondentName(); !name.isEmpty())
            statusBar()->showMessage(tr("Answering as %1").arg(name), 5000);
    });
    updateWindowTitle();
}

MainWindow::~MainWindow() {
    // Children destroyed after this body still signal (the list's current row, the undo
    // stack's clean state) while this object is half destroyed: stop listening first.
    navigation_->disconnect(this);
    session_->disconnect(this);
    session_->undoStack()->disconnect(this);
}

void MainWindow::buildNavigation() {
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->setAccessibleName(tr("Pages"));
    const std::array<QString, PageCount> names = {
        tr("Questionnaire"), tr("Results"), tr("Weights & sensitivity"),
        tr("Evidence"),      tr("History"), tr("Evidence Lab"),
        tr("Group")};
    for (const QString& name : names)
        navigation_->addItem(name);
    navigation_->setFrameShape(QFrame::NoFrame);
    navigation_->setSpacing(2);
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        // Empty holders: the real page is created inside when first shown.
        slots_[i] = new QWidget(stack_);
        auto* holder = new QVBoxLayout(slots_[i]);
        holder->setContentsMargins(8, 8, 8, 8);
        stack_->addWidget(slots_[i]);
    }
    connect(navigation_, &QListWidget::currentRowChanged, this,
            [this](int row) { showPage(static_cast<Page>(row)); });
}

QWidget* MainWindow::page(Page which) {
    const auto i = static_cast<std::size_t>(which);
    if (pages_[i])
        return pages_[i];
    QWidget* holder = slots_[i];
    QWidget* built = nullptr;
    switch (which) {
    case QuestionnaireView: {
        questionnaire_ = new QuestionnairePage(session_, holder);
        connect(questionnaire_, &QuestionnairePage::finished, this,
                [this] { showPage(ResultsView); });
        built = questionnaire_;
        break;
    }
    case ResultsView:
        built = new ResultsPage(session_, holder);
        break;
    case WeightsView:
        built = new WeightsPage(session_, holder);
        break;
    case EvidenceView:
        built = new EvidencePage(session_, holder);
        break;
    case HistoryView: {
        auto* history = new HistoryPage(library_, session_->knowledgeBase(), holder);
        connect(history, &HistoryPage::reopenRequested, this, [this](std::int64_t id) {
            if (discardChangesIfConfirmed() && saver_->reopen(id))
                showPage(ResultsView);
        });
        built = history;
        break;
    }
    case LabView: {
        auto* lab = new LabPage(session_->knowledgeBase(), holder);
        connect(lab, &LabPage::addToDecisionRequested, this,
                [this](const lab::LabRun& run, bool replaceArticle) {
                    session_->setLabEvidence(LabEvidence{
                        run, replaceArticle ? LabEvidenceUse::Replace : LabEvidenceUse::Beside});
                    statusBar()->showMessage(tr("The lab run is part of the decision now"), 5000);
                });
        built = lab;
    } break;
    case GroupView: {
        auto* group = new GroupPage(session_, holder);
        connect(group, &GroupPage::importRequested, this, &MainWindow::importRespondentsWithDialog);
        connect(group, &GroupPage::problem, this, &MainWindow::showNotice);
        built = group;
    } break;
    case PageCount:
        return nullptr;
    }
    holder->layout()->addWidget(built);
    pages_[i] = built;
    return built;
}

ResultsPage* MainWindow::resultsPage() {
    return static_cast<ResultsPage*>(page(ResultsView));
}

EvidencePage* MainWindow::evidencePage() {
    return static_cast<EvidencePage*>(page(EvidenceView));
}

GroupPage* MainWindow::groupPage() {
    return static_cast<GroupPage*>(page(GroupView));
}

void MainWindow::showPage(Page which) {
    if (which < 0 || which >= PageCount)
        which = QuestionnaireView;
    page(which);
    stack_->setCurrentIndex(which);
    // Whose answers and result: on the pages that show one person's.
    respondentBar_->setShownOnPage(which == QuestionnaireView || which == ResultsView ||
                                   which == WeightsView || which == EvidenceView);
    if (navigation_->currentRow() != which)
        navigation_->setCurrentRow(which);
    if (pageActions_)
        pageActions_->actions().at(which)->setChecked(true);
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(stack_->currentIndex());
}

QString MainWindow::notice() const {
    return noticeStrip_->isHidden() ? QString() : noticeText_->text();
}

void MainWindow::showNotice(const QString& text) {
    noticeText_->setText(text);
    noticeStrip_->show();
    statusBar()->showMessage(text);
}

void MainWindow::updateWindowTitle() {
    QString title = QString::fromStdString(session_->answers().title);
    if (title.isEmpty())
        title = tr("Untitled decision");
    if (const QString name = session_->editedRespondentName(); !name.isEmpty())
        title = tr("%1, answering as %2").arg(title, name);
    setWindowTitle(tr("%1[*] — Backend Advisor").arg(title));
    setWindowModified(!session_->undoStack()->isClean());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (importRespondents(paths))
        showPage(GroupView);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!discardChangesIfConfirmed()) {
        event->ignore();
        return;
    }
    settings_->setWindowGeometry(saveGeometry());
    settings_->setLastPage(currentPage());
    settings_->sync();
    QMainWindow::closeEvent(event);
}

} // namespace advisor::ui
