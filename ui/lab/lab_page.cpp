#include "ui/lab/lab_page.h"

#include "core/lab/lab_plan.h"
#include "ui/chart_style.h"
#include "ui/lab/claims_model.h"
#include "ui/lab/lab_charts.h"
#include "ui/lab/lab_controller.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace advisor::ui {
namespace {

QColor colorOf(const KnowledgeBase& kb, const std::string& alternative, QColor fallback) {
    for (std::size_t i = 0; i < kb.alternatives.size(); ++i)
        if (kb.alternatives[i].id == alternative)
            return alternativeColor(kb, i);
    return fallback;
}

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LabPage::LabPage(const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), controller_(new LabController(this)), seconds_(new QSpinBox(this)),
      connections_(new QSpinBox(this)), perCore_(new QCheckBox(tr("&Worker per core"), this)),
      runButton_(new QPushButton(tr("&Run"), this)),
      cancelButton_(new QPushButton(tr("C&ancel"), this)), progress_(new QProgressBar(this)),
      status_(wrappedLabel({}, this)), endpoint_(new QButtonGroup(this)),
      throughput_(new LabThroughputChart(colorOf(kb, "nodejs", QColor(0x3c, 0x87, 0x3a)),
                                         colorOf(kb, "python", QColor(0x30, 0x69, 0x98)))),
      latency_(new LabLatencyChart), claims_(new ClaimsModel(this)), claimsTable_(new QTableView),
      machine_(wrappedLabel({}, this)), missingBox_(new QWidget),
      missingText_(wrappedLabel({}, this)), installLine_(new QLineEdit) {
    setObjectName(QStringLiteral("labPage"));
    // The parts in reading order: the order widgets are made in is the order Tab visits them.
    QLabel* intro = buildIntro();
    QLayout* settingsRow = buildSettings();
    buildProgress();
    QWidget* results = buildResults();
    layOutPage(intro, settingsRow, results);
    connectController();
    showEndpoint();
}

QLabel* LabPage::buildIntro() {
    return wrappedLabel(
        tr("Check the article's speed claims on this machine: five small servers (Node.js http, "
           "Express, a plain ASGI app and FastAPI under uvicorn, Django under gunicorn) run one "
           "at a time on 127.0.0.1, each loaded by wrk on /json and on a CPU-bound /compute, in "
           "three interleaved rounds; the medians are kept. Nothing leaves this machine."),
        this);
}

QLayout* LabPage::buildSettings() {
    seconds_->setObjectName(QStringLiteral("labSeconds"));
    seconds_->setRange(lab::kMinSeconds, lab::kMaxSeconds);
    seconds_->setValue(lab::LabSettings{}.seconds);
    seconds_->setSuffix(tr(" s"));
    seconds_->setAccessibleName(tr("Seconds per measurement"));
    seconds_->setToolTip(tr("How long each server is measured on each endpoint in each round"));
    connections_->setObjectName(QStringLiteral("labConnections"));
    connections_->setRange(lab::kMinConnections, lab::kMaxConnections);
    connections_->setValue(lab::LabSettings{}.connections);
    connections_->setAccessibleName(tr("Connections"));
    perCore_->setObjectName(QStringLiteral("labPerCore"));
    perCore_->setToolTip(tr("One worker process per server is the like-for-like default; this "
                            "runs one per core instead (%1 here).")
                             .arg(QThread::idealThreadCount()));
    runButton_->setObjectName(QStringLiteral("labRun"));
    cancelButton_->setObjectName(QStringLiteral("labCancel"));
    cancelButton_->setEnabled(false);
    auto* secondsLabel = new QLabel(tr("&Seconds"), this);
    secondsLabel->setBuddy(seconds_);
    auto* connectionsLabel = new QLabel(tr("C&onnections"), this);
    connectionsLabel->setBuddy(connections_);
    auto* row = new QHBoxLayout;
    row->addWidget(secondsLabel);
    row->addWidget(seconds_);
    row->addSpacing(8);
    row->addWidget(connectionsLabel);
    row->addWidget(connections_);
    row->addSpacing(8);
    row->addWidget(perCore_);
    row->addStretch(1);
    row->addWidget(runButton_);
    row->addWidget(cancelButton_);
    return row;
}

void LabPage::buildProgress() {
    progress_->setObjectName(QStringLiteral("labProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    progress_->setFormat(tr("Not run yet"));
    progress_->setAccessibleName(tr("Lab progress"));
    status_->setObjectName(QStringLiteral("labStatus"));
}

// The endpoint picker, the two charts, the claims, the machine, what is missing, and the way
// into the decision.
QWidget* LabPage::buildResults() {
    auto* results = new QWidget;
    QLayout* endpointRow = buildEndpointPicker(results);
    QLayout* charts = buildCharts();
    buildClaims();
    buildMachine();
    buildMissing();
    QLayout* decisionRow = buildDecisionRow(results);

    auto* layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(missingBox_);
    layout->addLayout(endpointRow);
    layout->addLayout(charts);
    layout->addWidget(claimsTable_);
    layout->addLayout(decisionRow);
    layout->addWidget(machine_);
    return results;
}

QLayout* LabPage::buildEndpointPicker(QWidget* results) {
    auto* jsonButton = new QRadioButton(tr("/&json"), results);
    auto* computeButton = new QRadioButton(tr("/com&pute"), results);
    jsonButton->setObjectName(QStringLiteral("labEndpointJson"));
    computeButton->setObjectName(QStringLiteral("labEndpointCompute"));
    jsonButton->setChecked(true);
    endpoint_->addButton(jsonButton, static_cast<int>(LabEndpoint::Json));
    endpoint_->addButton(computeButton, static_cast<int>(LabEndpoint::Compute));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Charts for:"), results));
    row->addWidget(jsonButton);
    row->addWidget(computeButton);
    row->addStretch(1);
    return row;
}

QLayout* LabPage::buildCharts() {
    auto* charts = new QHBoxLayout;
    charts->addWidget(throughput_, 1);
    charts->addWidget(latency_, 1);
    return charts;
}

void LabPage::buildClaims() {
    claimsTable_->setObjectName(QStringLiteral("labClaims"));
    claimsTable_->setAccessibleName(tr("The article's claims on this machine"));
    claimsTable_->setModel(claims_);
    claimsTable_->setWordWrap(true);
    claimsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    claimsTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    claimsTable_->verticalHeader()->hide();
    claimsTable_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    claimsTable_->horizontalHeader()->setSectionResizeMode(ClaimsModel::ArticleColumn,
                                                           QHeaderView::Stretch);
    claimsTable_->horizontalHeader()->setSectionResizeMode(ClaimsModel::ComparedColumn,
                                                           QHeaderView::Stretch);
    for (const int c :
         {ClaimsModel::ClaimedColumn, ClaimsModel::MeasuredColumn, ClaimsModel::VerdictColumn})
        claimsTable_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    claimsTable_->setMinimumHeight(170);
}

void LabPage::buildMachine() {
    machine_->setObjectName(QStringLiteral("labMachine"));
    machine_->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void LabPage::buildMissing() {
    missingBox_->setObjectName(QStringLiteral("labMissing"));
    missingText_->setObjectName(QStringLiteral("labMissingText"));
    installLine_->setObjectName(QStringLiteral("labInstallCommand"));
    installLine_->setReadOnly(true);
    installLine_->setAccessibleName(tr("Command that installs what is missing"));
    auto* copy = new QPushButton(tr("Cop&y"), missingBox_);
    copy->setObjectName(QStringLiteral("labCopyInstall"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(installLine_->text()); });
    auto* layout = new QGridLayout(missingBox_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(missingText_, 0, 0, 1, 2);
    layout->addWidget(installLine_, 1, 0);
    layout->addWidget(copy, 1, 1);
    missingBox_->hide();
}

// Into the decision: the run becomes evidence "measured on this machine".
QLayout* LabPage::buildDecisionRow(QWidget* results) {
    evidenceUse_ = new QComboBox(results);
    evidenceUse_->setObjectName(QStringLiteral("labEvidenceUse"));
    evidenceUse_->addItem(tr("beside the article's claims"));
    evidenceUse_->addItem(tr("replacing the article's claims"));
    evidenceUse_->setAccessibleName(tr("How the measurements count in the decision"));
    evidenceUse_->setToolTip(
        tr("Beside: shown next to the article's claims, which still decide the score. "
           "Replacing: the claims count as much as this machine confirms them."));
    addToDecision_ = new QPushButton(tr("&Add to the decision"), results);
    addToDecision_->setObjectName(QStringLiteral("labAddToDecision"));
    addToDecision_->setEnabled(false);
    auto* useLabel = new QLabel(tr("Use the run as evidence"), results);
    useLabel->setBuddy(evidenceUse_);
    auto* row = new QHBoxLayout;
    row->addWidget(useLabel);
    row->addWidget(evidenceUse_);
    row->addWidget(addToDecision_);
    row->addStretch(1);
    connect(addToDecision_, &QPushButton::clicked, this, [this] {
        if (run_)
            emit addToDecisionRequested(*run_, evidenceUse_->currentIndex() == 1);
    });
    return row;
}

void LabPage::layOutPage(QLabel* intro, QLayout* settingsRow, QWidget* results) {
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("labResults"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(results);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(settingsRow);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(scroll, 1);
}

void LabPage::connectController() {
    connect(runButton_, &QPushButton::clicked, this, &LabPage::startRun);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        cancelButton_->setEnabled(false);
        progress_->setFormat(tr("Cancelling: stopping the servers…"));
        controller_->cancel();
    });
    connect(endpoint_, &QButtonGroup::idClicked, this, &LabPage::showEndpoint);
    connect(controller_, &LabController::progressed, this, &LabPage::showProgress);
    connect(controller_, &LabController::finished, this, [this](const lab::LabRun& run) {
        showRun(run);
        const auto measured =
            std::count_if(run.servers.begin(), run.servers.end(),
                          [](const auto& s) { return s.status == lab::ServerStatus::Measured; });
        // Spelled out rather than "%n server(s)": the app ships no English plural forms.
        runEnded(measured == 1 ? tr("Finished: 1 server measured.")
                               : tr("Finished: %1 servers measured.").arg(measured));
    });
    connect(controller_, &LabController::cancelled, this,
            [this] { runEnded(tr("Cancelled. Every server the lab started was stopped.")); });
    connect(controller_, &LabController::failed, this, [this](const QString& message) {
        runEnded(tr("The lab could not run: %1").arg(message));
    });
}

LabPage::~LabPage() = default;

lab::LabSettings LabPage::settings() const {
    lab::LabSettings s;
    s.seconds = seconds_->value();
    s.connections = connections_->value();
    s.workers = perCore_->isChecked() ? lab::WorkerMode::PerCore : lab::WorkerMode::Single;
    return s;
}

} // namespace advisor::ui
