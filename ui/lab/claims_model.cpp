#include "ui/lab/claims_model.h"

#include "core/measurement/lab_servers.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace advisor::ui {
namespace {

QString serverName(const std::string& id) {
    const auto* spec = lab::findServer(id);
    return QString::fromStdString(spec ? spec->name : id);
}

// "0.88×", "14.1×"; a whole claimed factor as "4×".
QString ratioText(double ratio, bool measured = true) {
    const int decimals = !measured && ratio == static_cast<int>(ratio) ? 0 : ratio < 10 ? 2 : 1;
    return QStringLiteral("%1\u00d7").arg(QLocale().toString(ratio, 'f', decimals));
}

} // namespace

ClaimsModel::ClaimsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClaimsModel::setClaims(std::vector<lab::ClaimResult> claims) {
    beginResetModel();
    claims_ = std::move(claims);
    endResetModel();
}

int ClaimsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(claims_.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimsModel::verdictText(lab::ClaimVerdict verdict) {
    switch (verdict) {
    case lab::ClaimVerdict::Holds:
        return tr("Holds");
    case lab::ClaimVerdict::HoldsPartly:
        return tr("Holds partly");
    case lab::ClaimVerdict::DoesNotHold:
        return tr("Does not hold");
    case lab::ClaimVerdict::NotMeasured:
        break;
    }
    return tr("Not measured");
}

QString ClaimsModel::displayText(const lab::ClaimResult& c, int column) const {
    switch (column) {
    case ArticleColumn:
        return QStringLiteral("\u201c%1\u201d").arg(QString::fromStdString(c.quote));
    case ComparedColumn: {
        const QString what = c.metric == "requests_per_second"
                                 ? tr("%1 requests/s").arg(QString::fromStdString(c.endpoint))
                                 : tr("%1 median time").arg(QString::fromStdString(c.endpoint));
        return tr("%1 vs %2, %3")
            .arg(serverName(c.nodeServer), serverName(c.pythonServer), QStringLiteral("/") + what);
    }
    case ClaimedColumn:
        if (c.claimedRatioHigh)
            return QStringLiteral("%1\u2013%2\u00d7")
                .arg(QLocale().toString(c.claimedRatio, 'f', 0),
                     QLocale().toString(*c.claimedRatioHigh, 'f', 0));
        return c.claimedRatio > 1 ? ratioText(c.claimedRatio, false) : tr("slower (no figure)");
    case MeasuredColumn:
        return c.measuredRatio ? ratioText(*c.measuredRatio) : tr("—");
    case VerdictColumn:
        return verdictText(c.verdict);
    default:
        return {};
    }
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& c = claims_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return displayText(c, index.column());
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(c.sentence);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ClaimedColumn || index.column() == MeasuredColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        // Green, amber, red: readable on light and dark backgrounds.
        switch (c.verdict) {
        case lab::ClaimVerdict::Holds:
            return QBrush(QColor(0x2e, 0x9e, 0x4f));
        case lab::ClaimVerdict::HoldsPartly:
            return QBrush(QColor(0xd0, 0x8a, 0x10));
        case lab::ClaimVerdict::DoesNotHold:
            return QBrush(QColor(0xd6, 0x45, 0x45));
        case lab::ClaimVerdict::NotMeasured:
            break;
        }
    }
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn:
        return tr("The article says");
    case ComparedColumn:
        return tr("Measured as");
    case ClaimedColumn:
        return tr("Article");
    case MeasuredColumn:
        return tr("Here");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace advisor::ui
