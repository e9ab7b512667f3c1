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
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

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
    auto* intro = wrappedLabel(
        tr("Check the article's speed claims on this machine: five small servers (Node.js http, "
           "Express, a plain ASGI app and FastAPI under uvicorn, Django under gunicorn) run one "
           "at a time on 127.0.0.1, each loaded by wrk on /json and on a CPU-bound /compute, in "
           "three interleaved rounds; the medians are kept. Nothing leaves this machine."),
        this);

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
    auto* controls = new QHBoxLayout;
    controls->addWidget(secondsLabel);
    controls->addWidget(seconds_);
    controls->addSpacing(8);
    controls->addWidget(connectionsLabel);
    controls->addWidget(connections_);
    controls->addSpacing(8);
    controls->addWidget(perCore_);
    controls->addStretch(1);
    controls->addWidget(runButton_);
    controls->addWidget(cancelButton_);

    progress_->setObjectName(QStringLiteral("labProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    progress_->setFormat(tr("Not run yet"));
    progress_->setAccessibleName(tr("Lab progress"));
    status_->setObjectName(QStringLiteral("labStatus"));

    // Results: the endpoint picker, the two charts, the claims, the machine, what is missing.
    auto* results = new QWidget;
    auto* jsonButton = new QRadioButton(tr("/&json"), results);
    auto* computeButton = new QRadioButton(tr("/com&pute"), results);
    jsonButton->setObjectName(QStringLiteral("labEndpointJson"));
    computeButton->setObjectName(QStringLiteral("labEndpointCompute"));
    jsonButton->setChecked(true);
    endpoint_->addButton(jsonButton, static_cast<int>(LabEndpoint::Json));
    endpoint_->addButton(computeButton, static_cast<int>(LabEndpoint::Compute));
    auto* endpointRow = new QHBoxLayout;
    endpointRow->addWidget(new QLabel(tr("Charts for:"), results));
    endpointRow->addWidget(jsonButton);
    endpointRow->addWidget(computeButton);
    endpointRow->addStretch(1);
    auto* charts = new QHBoxLayout;
    charts->addWidget(throughput_, 1);
    charts->addWidget(latency_, 1);

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

    machine_->setObjectName(QStringLiteral("labMachine"));
    machine_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    missingBox_->setObjectName(QStringLiteral("labMissing"));
    missingText_->setObjectName(QStringLiteral("labMissingText"));
    installLine_->setObjectName(QStringLiteral("labInstallCommand"));
    installLine_->setReadOnly(true);
    installLine_->setAccessibleName(tr("Command that installs what is missing"));
    auto* copy = new QPushButton(tr("Cop&y"), missingBox_);
    copy->setObjectName(QStringLiteral("labCopyInstall"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(installLine_->text()); });
    auto* missingLayout = new QGridLayout(missingBox_);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    missingLayout->addWidget(missingText_, 0, 0, 1, 2);
    missingLayout->addWidget(installLine_, 1, 0);
    missingLayout->addWidget(copy, 1, 1);
    missingBox_->hide();

    // Into the decision: the run becomes evidence "measured on this machine".
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
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(useLabel);
    decisionRow->addWidget(evidenceUse_);
    decisionRow->addWidget(addToDecision_);
    decisionRow->addStretch(1);
    connect(addToDecision_, &QPushButton::clicked, this, [this] {
        if (run_)
            emit addToDecisionRequested(*run_, evidenceUse_->currentIndex() == 1);
    });

    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(missingBox_);
    resultsLayout->addLayout(endpointRow);
    resultsLayout->addLayout(charts);
    resultsLayout->addWidget(claimsTable_);
    resultsLayout->addLayout(decisionRow);
    resultsLayout->addWidget(machine_);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("labResults"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(results);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(controls);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(scroll, 1);

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
    showEndpoint();
}

LabPage::~LabPage() = default;

lab::LabSettings LabPage::settings() const {
    lab::LabSettings s;
    s.seconds = seconds_->value();
    s.connections = connections_->value();
    s.workers = perCore_->isChecked() ? lab::WorkerMode::PerCore : lab::WorkerMode::Single;
    return s;
}

void LabPage::startRun() {
    if (!controller_->start(settings()))
        return;
    for (QWidget* w : std::initializer_list<QWidget*>{runButton_, seconds_, connections_, perCore_})
        w->setEnabled(false);
    cancelButton_->setEnabled(true);
    status_->clear();
    progress_->setValue(0);
    progress_->setFormat(tr("Checking what is installed…"));
}

QString LabPage::progressText(const lab::LabProgress& p) {
    const QString server = QString::fromStdString(p.serverName);
    const auto inRound = [&](const QString& stage) {
        return tr("Round %1 of %2 · %3 · %4").arg(p.round).arg(p.rounds).arg(server, stage);
    };
    switch (p.stage) {
    case lab::LabStage::Checking:
        return tr("Checking what is installed…");
    case lab::LabStage::Starting:
        return inRound(tr("starting"));
    case lab::LabStage::WarmingUp:
        return inRound(tr("warming up"));
    case lab::LabStage::MeasuringJson:
        return inRound(tr("measuring /json"));
    case lab::LabStage::MeasuringCompute:
        return inRound(tr("measuring /compute"));
    case lab::LabStage::Finished:
        break;
    }
    return tr("Finished");
}

void LabPage::showProgress(const lab::LabProgress& p) {
    progress_->setValue(static_cast<int>(p.fraction * 1000));
    // "%" in a progress bar's format is a placeholder; a server name never holds one, but
    // double it anyway.
    progress_->setFormat(progressText(p).replace(QLatin1Char('%'), QStringLiteral("%%")));
}

void LabPage::runEnded(const QString& status) {
    for (QWidget* w : std::initializer_list<QWidget*>{runButton_, seconds_, connections_, perCore_})
        w->setEnabled(true);
    cancelButton_->setEnabled(false);
    progress_->setFormat(run_ ? tr("Done") : tr("Not run yet"));
    progress_->setValue(run_ ? progress_->maximum() : 0);
    status_->setText(status);
}

void LabPage::showRun(const lab::LabRun& run) {
    run_ = run;
    // Only a run that measured some claim has anything to add.
    addToDecision_->setEnabled(std::any_of(run.claims.begin(), run.claims.end(), [](const auto& c) {
        return c.verdict != lab::ClaimVerdict::NotMeasured;
    }));
    claims_->setClaims(run.claims);
    machine_->setText(machineText(run));
    showMissing(run);
    showEndpoint();
}

void LabPage::showEndpoint() {
    const auto endpoint = static_cast<LabEndpoint>(endpoint_->checkedId());
    const auto rows = run_ ? labChartRows(*run_, endpoint) : std::vector<LabChartRow>{};
    throughput_->showRows(rows);
    latency_->showRows(rows);
}

void LabPage::showMissing(const lab::LabRun& run) {
    QStringList lines;
    for (const auto& s : run.servers) {
        const QString name = QString::fromStdString(s.name);
        if (s.status == lab::ServerStatus::Missing) {
            QStringList packages;
            for (const auto& p : s.missingPackages)
                packages.append(QString::fromStdString(p));
            lines.append(tr("%1 was not measured: %2 not installed.")
                             .arg(name, packages.join(QStringLiteral(", "))));
        } else if (s.status == lab::ServerStatus::Failed) {
            lines.append(tr("%1 failed: %2").arg(name, QString::fromStdString(s.error)));
        }
    }
    missingText_->setText(lines.join(QLatin1Char('\n')));
    installLine_->setText(QString::fromStdString(run.installCommand));
    installLine_->setVisible(!run.installCommand.empty());
    missingBox_->findChild<QPushButton*>(QStringLiteral("labCopyInstall"))
        ->setVisible(!run.installCommand.empty());
    missingBox_->setVisible(!lines.isEmpty());
}

QString LabPage::machineText(const lab::LabRun& run) const {
    const auto& m = run.machine;
    QStringList versions;
    for (const auto& [tool, version] : m.versions)
        versions.append(QStringLiteral("%1 %2").arg(QString::fromStdString(tool),
                                                    QString::fromStdString(version)));
    const QLocale locale;
    QString load;
    if (m.loadAverageBefore && m.loadAverageAfter) {
        load = tr(" Load average %1 before, %2 after.")
                   .arg(locale.toString(*m.loadAverageBefore, 'f', 2),
                        locale.toString(*m.loadAverageAfter, 'f', 2));
        // More runnable work than cores: other programs took CPU time from the servers.
        if (std::max(*m.loadAverageBefore, *m.loadAverageAfter) > m.logicalCores)
            load += tr(" The machine was busy with other work, so the figures are lower and "
                       "noisier than on an idle one.");
    }
    const auto& st = run.settings;
    const QString cores =
        m.logicalCores == 1 ? tr("1 logical core") : tr("%1 logical cores").arg(m.logicalCores);
    return tr("Measured %1 on %2, %3, %4, %5.")
               .arg(QString::fromStdString(run.startedAt), QString::fromStdString(m.cpu), cores,
                    QString::fromStdString(m.os), QString::fromStdString(m.kernel)) +
           load + QLatin1Char('\n') +
           tr("wrk, connections: %1, %2 s per measurement after %3 s warm-up, %4 rounds; %5.")
               .arg(st.connections)
               .arg(st.seconds)
               .arg(st.warmupSeconds)
               .arg(st.rounds)
               .arg(st.workers == lab::WorkerMode::PerCore ? tr("one worker per core")
                                                           : tr("one worker per server")) +
           QLatin1Char('\n') + tr("Versions: %1.").arg(versions.join(QStringLiteral(", ")));
}

} // namespace advisor::ui
