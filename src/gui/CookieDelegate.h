#pragma once

#include <QStyledItemDelegate>
#include <QValidator>

// Checks a cookie name as it is typed: control characters are refused outright, a '*' that
// does not end the name (a pattern is "_ga_*") or an empty name cannot be committed.
class CookieNameValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &position) const override;
    // Why the text is not acceptable, in words (empty when it is).
    static QString problem(const QString &text);
};

// The registry table's editors: lists for category, party and type, a checked line for the
// name, a text editor for the purpose (Enter makes a new line, Tab or a click elsewhere saves,
// Escape cancels), plain lines for the rest.
class CookieDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};
