#include "ui/history/compare_dialog.h"

#include "core/kb/knowledge_base.h"
#include "ui/chart_style.h"
#include "ui/history/history_format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace advisor::ui {
namespace {

QLabel* plainLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // titles are user text
    label->setWordWrap(true);
    return label;
}

} // namespace

CompareDialog::CompareDialog(const KnowledgeBase& kb, const Decision& left, const Decision& right,
                             QWidget* parent)
    : QDialog(parent), model_(new QStandardItemModel(this)), view_(new QTreeView(this)) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare decisions"));
    resize(900, 640);

    auto* cards = new QHBoxLayout;
    cards->addWidget(card(kb, left, QStringLiteral("Left")), 1);
    cards->addWidget(card(kb, right, QStringLiteral("Right")), 1);

    view_->setObjectName(QStringLiteral("compareView"));
    view_->setModel(model_);
    view_->setAlternatingRowColors(true);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setUniformRowHeights(true);
    fill(compareDecisions(kb, left, right));
    // The columns carry the decisions' titles, so no one has to remember which side is which.
    auto heading = [this](const Decision& d) {
        return d.title.empty() ? tr("Untitled decision") : QString::fromStdString(d.title);
    };
    model_->setHorizontalHeaderLabels({QString(), heading(left), heading(right)});
    view_->expandAll();
    // Questions are long: the label column takes what it needs (the model is small, so
    // measuring it is cheap) and the two decisions share the rest.
    view_->header()->setStretchLastSection(false);
    view_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    view_->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(view_, 1);
    layout->addWidget(buttons);
}

QWidget* CompareDialog::card(const KnowledgeBase& kb, const Decision& decision,
                             const QString& side) {
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("compareCard%1").arg(side));
    frame->setFrameShape(QFrame::StyledPanel);
    // A stripe in the winner's colour, as on the results banner.
    auto* stripe = new QWidget(frame);
    stripe->setFixedWidth(6);
    stripe->setAutoFillBackground(true);
    if (const auto alt = kb.alternativeIndex(decision.winner)) {
        QPalette p = stripe->palette();
        p.setColor(QPalette::Window, alternativeColor(kb, *alt));
        stripe->setPalette(p);
    }
    const QString title = QString::fromStdString(decision.title);
    auto* heading = plainLabel(title.isEmpty() ? tr("Untitled decision") : title, frame);
    heading->setObjectName(QStringLiteral("compareTitle%1").arg(side));
    QFont bigger = heading->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    heading->setFont(bigger);
    auto* winner = plainLabel(tr("%1 — %2, margin %3 points, confidence %4")
                                  .arg(QString::fromStdString(decision.winnerName),
                                       verdictText(decision.verdict), marginText(decision.margin),
                                       confidenceText(decision.confidence)),
                              frame);
    winner->setObjectName(QStringLiteral("compareWinner%1").arg(side));
    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(winner);
    text->addStretch(1);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(stripe);
    layout->addLayout(text, 1);
    return frame;
}

void CompareDialog::fill(const DecisionComparison& comparison) {
    QFont bold = font();
    bold.setBold(true);
    // Rows that agree fade back so the eye lands on the differences.
    const QColor same = palette().color(QPalette::PlaceholderText);
    for (const ComparisonSection& section : comparison.sections) {
        auto* heading = new QStandardItem(section.title);
        heading->setFont(bold);
        heading->setEditable(false);
        for (const ComparisonRow& row : section.rows) {
            QList<QStandardItem*> cells = {new QStandardItem(row.label),
                                           new QStandardItem(row.left),
                                           new QStandardItem(row.right)};
            for (QStandardItem* cell : cells) {
                cell->setEditable(false);
                cell->setToolTip(cell->text()); // long answers are elided in narrow windows
            }
            if (row.differs) {
                cells[1]->setFont(bold);
                cells[2]->setFont(bold);
            } else {
                for (QStandardItem* cell : cells)
                    cell->setForeground(same);
            }
            heading->appendRow(cells);
        }
        if (section.rows.empty())
            heading->appendRow(new QStandardItem(tr("No answers differ")));
        model_->appendRow({heading, new QStandardItem, new QStandardItem});
    }
    if (comparison.sameAnswers > 0) {
        QStandardItem* answers = model_->item(model_->rowCount() - 1);
        auto* alike = new QStandardItem(
            comparison.sameAnswers == 1
                ? tr("1 other answer is the same")
                : tr("%1 other answers are the same").arg(comparison.sameAnswers));
        alike->setForeground(same);
        answers->appendRow(alike);
    }
}

QStringList CompareDialog::lines() const {
    QStringList out;
    for (int s = 0; s < model_->rowCount(); ++s) {
        QStandardItem* section = model_->item(s);
        for (int r = 0; r < section->rowCount(); ++r) {
            auto cell = [&](int c) {
                QStandardItem* item = section->child(r, c);
                return item ? item->text() : QString();
            };
            out << QStringLiteral("%1 / %2: %3 | %4")
                       .arg(section->text(), cell(0), cell(1), cell(2));
        }
    }
    return out;
}

} // namespace advisor::ui
