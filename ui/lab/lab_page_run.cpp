// LabPage while the lab runs and after: starting a run, its progress by server and stage, how it
// ended, and a run shown as charts, claims, the machine and what is missing; kept apart from the
// page's construction (lab_page.cpp).
#include "ui/lab/claims_model.h"
#include "ui/lab/lab_charts.h"
#include "ui/lab/lab_controller.h"
#include "ui/lab/lab_page.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace advisor::ui {

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
