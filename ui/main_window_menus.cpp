// MainWindow's menus and the file actions behind them (new, open, save), kept apart from the
// window's layout and page management.
#include "core/group/group_input.h"
#include "ui/about_box.h"
#include "ui/answers_file.h"
#include "ui/appearance.h"
#include "ui/decision_session.h"
#include "ui/main_window.h"
#include "ui/report/print_report.h"
#include "ui/report/report_export_job.h"
#include "ui/settings.h"
#include "ui/store/session_saver.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace advisor::ui {
namespace {

const QString kAnswersFilter() {
    return QCoreApplication::translate("MainWindow", "Answers (*.json);;All files (*)");
}

} // namespace

void MainWindow::buildMenus() {
    buildFileMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = session_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = session_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    buildViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Backend Advisor"), this,
                                     [this] { showAboutBox(this, session_->knowledgeBase()); });
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // the disabled actions explain themselves
    auto add = [&](const QString& text, QKeySequence::StandardKey key, const char* name) {
        QAction* action = file->addAction(text);
        action->setShortcut(key);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    connect(add(tr("&New"), QKeySequence::New, "newAction"), &QAction::triggered, this,
            &MainWindow::newDecision);
    connect(add(tr("&Open Answers…"), QKeySequence::Open, "openAction"), &QAction::triggered, this,
            &MainWindow::openWithDialog);
    // Save keeps the decision in the history (the store); answers files are for sharing.
    connect(add(tr("&Save"), QKeySequence::Save, "saveAction"), &QAction::triggered, saver_,
            &SessionSaver::save);
    connect(add(tr("Save &As New Decision"), QKeySequence::SaveAs, "saveAsAction"),
            &QAction::triggered, saver_, &SessionSaver::saveAs);
    connect(add(tr("Save Answers to &File…"), QKeySequence::UnknownKey, "saveAnswersFileAction"),
            &QAction::triggered, this, &MainWindow::saveAsWithDialog);
    file->addSeparator();
    // A group's answers travel as files: each person exports theirs, whoever runs the meeting
    // imports them all.
    QAction* exportAnswersAction =
        add(tr("Export Ans&wers…"), QKeySequence::UnknownKey, "exportAnswersAction");
    exportAnswersAction->setToolTip(
        tr("Write the answers being edited as one person's answers file"));
    connect(exportAnswersAction, &QAction::triggered, this, &MainWindow::exportAnswersWithDialog);
    QAction* importAction =
        add(tr("&Import Respondents…"), QKeySequence::UnknownKey, "importRespondentsAction");
    importAction->setToolTip(tr("Add the people in answers files to this decision"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importRespondentsWithDialog);
    file->addSeparator();
    // Reports of the decision as it stands now: PDF, HTML, Markdown or JSON, and print.
    QAction* exportAction = file->addAction(tr("&Export Report…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Write the decision as PDF, HTML, Markdown or JSON"));
    connect(exportAction, &QAction::triggered, this, [this, exportAction] {
        const ReportInput input = currentReportInput();
        const QString path = askReportExportPath(this, input);
        if (path.isEmpty())
            return;
        // Written off the GUI thread where it can be; the window says so meanwhile.
        exportAction->setEnabled(false);
        statusBar()->showMessage(tr("Writing the report to %1…").arg(path));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        auto* job = ReportExportJob::start(input, path, this);
        connect(job, &ReportExportJob::finished, this,
                [this, exportAction, path](const Status& written) {
                    QApplication::restoreOverrideCursor();
                    exportAction->setEnabled(true);
                    if (written) {
                        statusBar()->showMessage(tr("Report written to %1").arg(path), 5000);
                        return;
                    }
                    statusBar()->clearMessage();
                    showReportExportFailure(this, written.error());
                });
    });
    connect(add(tr("&Print…"), QKeySequence::Print, "printAction"), &QAction::triggered, this,
            [this] { printReport(this, currentReportInput()); });
    file->addSeparator();
    connect(add(tr("&Quit"), QKeySequence::Quit, "quitAction"), &QAction::triggered, this,
            &QWidget::close);
}

ReportInput MainWindow::currentReportInput() const {
    return ReportInput{session_->knowledgeBase(), session_->answers(), session_->evaluation(),
                       session_->engineOptions().monteCarlo, std::chrono::system_clock::now()};
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    pageActions_ = new QActionGroup(this);
    for (int i = 0; i < navigation_->count(); ++i) {
        // "Weights & sensitivity": in an action's text a lone & marks a mnemonic.
        QString text = navigation_->item(i)->text();
        QAction* action = view->addAction(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("showPage%1").arg(i));
        pageActions_->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
    view->addSeparator();
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* modes = new QActionGroup(this);
    const std::array<std::pair<QString, PaletteMode>, 3> choices = {
        std::pair{tr("Follow the &system"), PaletteMode::System},
        std::pair{tr("&Light"), PaletteMode::Light}, std::pair{tr("&Dark"), PaletteMode::Dark}};
    for (const auto& [label, mode] : choices) {
        QAction* action = appearance->addAction(label);
        action->setCheckable(true);
        action->setChecked(settings_->paletteMode() == mode);
        action->setObjectName(QStringLiteral("palette%1").arg(static_cast<int>(mode)));
        modes->addAction(action);
        connect(action, &QAction::triggered, this, [this, m = mode] {
            settings_->setPaletteMode(m);
            applyPaletteMode(m);
        });
    }
}

bool MainWindow::discardChangesIfConfirmed() {
    if (session_->undoStack()->isClean())
        return true;
    if (confirmDiscard_)
        return confirmDiscard_();
    return QMessageBox::question(this, tr("Discard changes?"),
                                 tr("The current answers have not been saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

void MainWindow::newDecision() {
    if (!discardChangesIfConfirmed())
        return;
    session_->clear();
    currentFile_.clear();
    updateWindowTitle();
    showPage(QuestionnaireView);
}

bool MainWindow::openAnswers(const QString& path) {
    auto loaded = openAnswersFile(path, session_->knowledgeBase());
    if (!loaded.ok()) {
        showNotice(tr("Could not open the answers: %1")
                       .arg(QString::fromStdString(loaded.error().oneLine())));
        return false;
    }
    session_->load(std::move(loaded).value());
    currentFile_ = path;
    updateWindowTitle();
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveAnswers(const QString& path) {
    const Status saved = saveAnswersFile(path, session_->knowledgeBase(), session_->answers());
    if (!saved.ok()) {
        showNotice(tr("Could not save the answers: %1")
                       .arg(QString::fromStdString(saved.error().oneLine())));
        return false;
    }
    currentFile_ = path;
    session_->undoStack()->setClean();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportAnswers(const QString& path, const QString& name) {
    AnswerSet answers = exportedAnswers(session_->knowledgeBase(), session_->answers(),
                                        session_->selectedRespondent());
    if (!session_->selectedRespondent() && !name.trimmed().isEmpty())
        answers.respondent =
            RespondentInfo{name.trimmed().left(static_cast<int>(kMaxNameBytes / 2)).toStdString(),
                           answers.respondent ? answers.respondent->role : std::string()};
    const Status saved = saveAnswersFile(path, session_->knowledgeBase(), answers);
    if (!saved.ok()) {
        showNotice(tr("Could not export the answers: %1")
                       .arg(QString::fromStdString(saved.error().oneLine())));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

bool MainWindow::importRespondents(const QStringList& paths) {
    const KnowledgeBase& kb = session_->knowledgeBase();
    std::vector<DecisionSession::ImportedAnswers> files;
    QStringList warnings;
    for (const QString& path : paths) {
        auto loaded = openAnswersFile(path, kb);
        if (!loaded.ok()) {
            showNotice(tr("Could not import the respondents: %1")
                           .arg(QString::fromStdString(loaded.error().oneLine())));
            return false;
        }
        for (const auto& warning : knowledgeBaseWarnings(*loaded, kb, path.toStdString()))
            warnings << QString::fromStdString(warning);
        files.push_back({path, std::move(loaded).value()});
    }
    const std::size_t before = session_->answers().respondents.size();
    const Status added = session_->importRespondents(files);
    if (!added.ok()) {
        showNotice(tr("Could not import the respondents: %1")
                       .arg(QString::fromStdString(added.error().oneLine())));
        return false;
    }
    const std::size_t now = session_->answers().respondents.size();
    // A one-person decision became a group first: its own answers are not imported.
    const auto count = static_cast<int>(now - std::max<std::size_t>(before, 1));
    if (!warnings.isEmpty())
        showNotice(warnings.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Respondents imported: %1").arg(count), 5000);
    return true;
}

void MainWindow::exportAnswersWithDialog() {
    // A group's respondent is named already; one person may say who they are.
    QString name;
    if (!session_->selectedRespondent()) {
        bool ok = false;
        const auto& who = session_->answers().respondent;
        name = QInputDialog::getText(
            this, tr("Export Answers"),
            tr("Your name, so whoever imports the file knows whose answers these are (optional):"),
            QLineEdit::Normal, who ? QString::fromStdString(who->name) : QString(), &ok);
        if (!ok)
            return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Answers"), {}, kAnswersFilter());
    if (!path.isEmpty())
        exportAnswers(path, name);
}

void MainWindow::importRespondentsWithDialog() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Respondents"), {}, kAnswersFilter());
    if (!paths.isEmpty() && importRespondents(paths))
        showPage(GroupView);
}

void MainWindow::openWithDialog() {
    if (!discardChangesIfConfirmed())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Answers"), {}, kAnswersFilter());
    if (!path.isEmpty())
        openAnswers(path);
}

void MainWindow::saveAsWithDialog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Answers"), currentFile_, kAnswersFilter());
    if (!path.isEmpty())
        saveAnswers(path);
}

} // namespace advisor::ui
