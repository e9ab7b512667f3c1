// The main window: a navigation list beside the pages (questionnaire, results, weights &
// sensitivity, evidence, history, Evidence Lab, group), the menus, the strip saying whose
// answers a group decision's pages show, a notice strip for problems the
// user must see, and the window state kept in the settings registry. Pages other than the
// questionnaire are built the first time they are shown, so start-up pays only for what is on
// screen.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/report/report_input.h"
#include "ui/gui_startup.h"

#include <QMainWindow>
#include <array>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
QT_END_NAMESPACE

namespace advisor::ui {

class DecisionLibrary;
class DecisionSession;
class DraftBanner;
class EvidencePage;
class GroupPage;
class RespondentBar;
class QuestionnairePage;
class ResultsPage;
class SessionSaver;
class Settings;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page {
        QuestionnaireView,
        ResultsView,
        WeightsView,
        EvidenceView,
        HistoryView,
        LabView,
        GroupView,
        PageCount
    };

    explicit MainWindow(GuiStartup startup, QWidget* parent = nullptr);
    // The built-in platform settings and no start-up notice.
    explicit MainWindow(KnowledgeBase kb, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] DecisionSession* session() const { return session_; }
    // The decision store (--db or the default) and what ties the session to its saved record.
    [[nodiscard]] DecisionLibrary* decisionLibrary() const { return library_; }
    [[nodiscard]] SessionSaver* sessionSaver() const { return saver_; }
    [[nodiscard]] Settings& settings() const { return *settings_; }
    [[nodiscard]] const GuiStartup& startup() const { return startup_; }

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    // The page widget, built now if it was not yet.
    QWidget* page(Page page);
    [[nodiscard]] QuestionnairePage* questionnaire() const { return questionnaire_; }
    [[nodiscard]] ResultsPage* resultsPage();
    [[nodiscard]] EvidencePage* evidencePage();
    [[nodiscard]] GroupPage* groupPage();
    [[nodiscard]] RespondentBar* respondentBar() const { return respondentBar_; }

    // The notice strip's text (empty when hidden): errors the user must see without a dialog.
    [[nodiscard]] QString notice() const;
    void showNotice(const QString& text);

    // File operations without dialogs (the menu actions ask for the path, then call these).
    bool openAnswers(const QString& path);
    bool saveAnswers(const QString& path);
    // One person's answers (a group's selected respondent's, named) for a colleague to import;
    // a one-person decision's are named `name` when it is given.
    bool exportAnswers(const QString& path, const QString& name = {});
    // Everyone in these answers files joins the decision as one undoable step; on any error
    // nothing changes and the notice names the file and the field.
    bool importRespondents(const QStringList& paths);
    // Replaces "Discard unsaved changes?" (tests answer it without a modal dialog).
    void setDiscardConfirmation(std::function<bool()> confirm) {
        confirmDiscard_ = std::move(confirm);
    }

protected:
    void closeEvent(QCloseEvent* event) override;
    // Answers files dropped on the window join the decision as respondents.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // The constructor's parts. Tab visits widgets in the order they are made, so the order of
    // the calls matters.
    void buildNoticeStrip();
    void connectStore();
    [[nodiscard]] DraftBanner* buildDraftBanner();
    void openStoreAfterFirstPaint();
    void buildNavigation();
    void layOutWindow(QWidget* draftBanner);
    void buildMenus();
    void restoreAppearance();
    void connectWindowTitle();

    // The menus and the file actions behind them (main_window_menus.cpp).
    void buildFileMenu();
    void buildViewMenu();
    // What File ▸ Export and Print describe: the decision as it stands now.
    [[nodiscard]] ReportInput currentReportInput() const;
    void newDecision();
    void openWithDialog();
    void saveAsWithDialog();
    void exportAnswersWithDialog();
    void importRespondentsWithDialog();
    void updateWindowTitle();
    [[nodiscard]] bool discardChangesIfConfirmed();

    GuiStartup startup_;
    std::unique_ptr<Settings> settings_;
    DecisionSession* session_;
    DecisionLibrary* library_ = nullptr;
    SessionSaver* saver_ = nullptr;
    QListWidget* navigation_;
    QStackedWidget* stack_;
    QWidget* noticeStrip_;
    QLabel* noticeText_;
    RespondentBar* respondentBar_ = nullptr;
    bool savedResultNoticeShown_ = false; // the notice is about a reopened decision
    std::array<QWidget*, PageCount> slots_{};
    std::array<QWidget*, PageCount> pages_{};
    QuestionnairePage* questionnaire_ = nullptr;
    QActionGroup* pageActions_ = nullptr;
    QString currentFile_;
    std::function<bool()> confirmDiscard_;
};

} // namespace advisor::ui
