// Edits a pairwise judgement with a combo box offering Saaty's 1/9 … 1 … 9, committing as soon
// as a value is picked so the consistency ratio and the weights follow at once.
#pragma once

#include <QStyledItemDelegate>

namespace advisor::ui {

class SaatyDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace advisor::ui
