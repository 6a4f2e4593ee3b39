#include "CookieDelegate.h"

#include "Cookie.h"
#include "CookieField.h"
#include "RegistryModel.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

QValidator::State CookieNameValidator::validate(QString &input, int &position) const {
    Q_UNUSED(position)
    for (QChar ch : std::as_const(input)) {
        if (ch.category() == QChar::Other_Control)
            return Invalid;
    }
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

QString CookieNameValidator::problem(const QString &text) {
    if (text.trimmed().isEmpty())
        return tr("the cookie name is empty");
    Cookie scratch;
    QString error;
    if (!CookieFields::setValue(scratch, CookieField::Name, text, &error))
        return error;
    return QString();
}

QWidget *CookieDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const {
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    auto list = [&](const QList<QPair<QString, int>> &items) {
        auto *combo = new QComboBox(parent);
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        combo->setAccessibleName(header);
        return combo;
    };
    switch (index.column()) {
    case RegistryModel::Category: {
        QList<QPair<QString, int>> items;
        for (Category category : Vocabulary::allCategories())
            items.append({Vocabulary::categoryLabel(category), int(category)});
        return list(items);
    }
    case RegistryModel::Party:
        return list({{Vocabulary::partyLabel(Party::First), int(Party::First)},
                     {Vocabulary::partyLabel(Party::Third), int(Party::Third)}});
    case RegistryModel::Type: {
        QList<QPair<QString, int>> items;
        for (StorageType type : Vocabulary::allStorageTypes())
            items.append({Vocabulary::storageLabel(type), int(type)});
        return list(items);
    }
    case RegistryModel::Purpose: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(header);
        return edit;
    }
    case RegistryModel::Name: {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new CookieNameValidator(edit));
        edit->setAccessibleName(header);
        connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
            const QString problem = CookieNameValidator::problem(text);
            edit->setToolTip(problem);
            edit->setStyleSheet(problem.isEmpty() ? QString()
                                                  : QStringLiteral("QLineEdit { border: 2px "
                                                                   "solid #c62828; }"));
        });
        return edit;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(header);
        return editor;
    }
    }
}

void CookieDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toInt()));
        return;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        if (edit->toPlainText() != value.toString()) // keep the caret while typing
            edit->setPlainText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CookieDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentData() != index.data(Qt::EditRole))
            model->setData(index, combo->currentData());
        return;
    }
    QString text;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        text = edit->toPlainText();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        text = line->text();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text);
}

void CookieDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const {
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a few lines of text below the cell, inside the table.
        QRect rect = option.rect;
        rect.setHeight(std::max(rect.height(), option.fontMetrics.height() * 5 + 12));
        if (QWidget *viewport = editor->parentWidget())
            rect.moveBottom(std::min(rect.bottom(), viewport->height() - 1));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}
