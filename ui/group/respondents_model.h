// The Group page's respondents table: each person's name, role, voting weight and their own
// winner and margin. Name and voting weight are edited in place; each edit is an undoable
// command through the session, and a refused one (a duplicate name, every weight 0) is reported
// through `problem` with nothing changed.
#pragma once

#include <QAbstractTableModel>

namespace advisor::ui {

class DecisionSession;

class RespondentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Role, VotingWeight, OwnResult, Margin, ColumnCount };

    explicit RespondentsModel(DecisionSession* session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // The decision changed: rows added or removed reset the model, otherwise the values change.
    void refresh();

signals:
    void problem(const QString& text);

private:
    DecisionSession* session_;
    int rows_ = 0;
};

} // namespace advisor::ui
