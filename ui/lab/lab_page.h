// The Evidence Lab page: run the lab (seconds, connections, workers), follow it on a progress
// bar that names the server and the stage, cancel it, and read the result: requests/s and
// latency charts per server, the article's claims beside the measured ratios, the machine,
// and what is missing with the apt-get line. The run itself is LabController's, off the GUI
// thread.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/lab/lab_runner.h"
#include "core/measurement/lab_run.h"

#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

namespace advisor::ui {

class ClaimsModel;
class LabController;
class LabLatencyChart;
class LabThroughputChart;

class LabPage : public QWidget {
    Q_OBJECT

public:
    explicit LabPage(const KnowledgeBase& kb, QWidget* parent = nullptr);
    ~LabPage() override;

    [[nodiscard]] LabController* controller() const { return controller_; }
    // The settings the controls stand at.
    [[nodiscard]] lab::LabSettings settings() const;
    // Shows a finished run (the controller's, or one read back from JSON).
    void showRun(const lab::LabRun& run);
    [[nodiscard]] const std::optional<lab::LabRun>& run() const { return run_; }

    // "Round 2 of 3 · FastAPI · measuring /json", as the progress bar says it.
    [[nodiscard]] static QString progressText(const lab::LabProgress& progress);

signals:
    // The user asked to add the shown run to the decision being edited, as evidence that
    // stands beside the article's figures or replaces them.
    void addToDecisionRequested(const advisor::lab::LabRun& run, bool replaceArticle);

private:
    // The constructor's parts (lab_page.cpp). Tab visits widgets in the order they are made,
    // so the order of the calls matters.
    [[nodiscard]] QLabel* buildIntro();
    [[nodiscard]] QLayout* buildSettings();
    void buildProgress();
    [[nodiscard]] QWidget* buildResults();
    [[nodiscard]] QLayout* buildEndpointPicker(QWidget* results);
    [[nodiscard]] QLayout* buildCharts();
    void buildClaims();
    void buildMachine();
    void buildMissing();
    [[nodiscard]] QLayout* buildDecisionRow(QWidget* results);
    void layOutPage(QLabel* intro, QLayout* settingsRow, QWidget* results);
    void connectController();

    // Running the lab and showing a run (lab_page_run.cpp).
    void startRun();
    void showProgress(const lab::LabProgress& progress);
    void runEnded(const QString& status);
    void showEndpoint();
    void showMissing(const lab::LabRun& run);
    [[nodiscard]] QString machineText(const lab::LabRun& run) const;

    LabController* controller_;
    QSpinBox* seconds_;
    QSpinBox* connections_;
    QCheckBox* perCore_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QButtonGroup* endpoint_;
    LabThroughputChart* throughput_;
    LabLatencyChart* latency_;
    ClaimsModel* claims_;
    QTableView* claimsTable_;
    QLabel* machine_;
    QComboBox* evidenceUse_;
    QPushButton* addToDecision_;
    QWidget* missingBox_;
    QLabel* missingText_;
    QLineEdit* installLine_;
    std::optional<lab::LabRun> run_;
};

} // namespace advisor::ui
