#include "ui/weights/saaty_delegate.h"

#include "ui/weights/saaty_scale.h"

#include <QComboBox>

namespace advisor::ui {

QWidget* SaatyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("saatyEditor"));
    combo->setAccessibleName(tr("Pairwise judgement"));
    for (double value : saatyScale())
        combo->addItem(saatyText(value), value);
    // activated fires for mouse picks and arrow keys alike, but not for setEditorData.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        // createEditor is const but signals are not; committing changes no state of the delegate.
        auto* self = const_cast<SaatyDelegate*>(this);
        emit self->commitData(combo);
    });
    return combo;
}

void SaatyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const double value = nearestSaaty(index.data(Qt::EditRole).toDouble());
    const int position = combo->findData(value);
    combo->setCurrentIndex(position >= 0 ? position : combo->findData(1.0));
}

void SaatyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace advisor::ui
