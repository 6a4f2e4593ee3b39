#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace {

QStringList &answers() {
    static QStringList queue;
    return queue;
}

QStringList &messages() {
    static QStringList shown;
    return shown;
}

} // namespace

namespace Dialogs {

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter) {
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString existingFolder(QWidget *parent, const QString &title) {
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getExistingDirectory(parent, title);
}

QString askText(QWidget *parent, const QString &title, const QString &label, bool *accepted) {
    if (!answers().isEmpty()) {
        const QString answer = answers().takeFirst();
        *accepted = answer != QLatin1String("<cancel>");
        return *accepted ? answer : QString();
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), accepted);
}

void inform(QWidget *parent, const QString &title, const QString &message) {
    messages().append(message);
    if (!answers().isEmpty()) {
        answers().takeFirst();
        return;
    }
    QMessageBox::information(parent, title, message);
}

bool confirm(QWidget *parent, const QString &title, const QString &question) {
    if (!answers().isEmpty())
        return answers().takeFirst() == QLatin1String("yes");
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

void warn(QWidget *parent, const QString &title, const QString &message) {
    messages().append(message);
    if (!answers().isEmpty()) {
        answers().takeFirst();
        return;
    }
    QMessageBox::warning(parent, title, message);
}

void answerNext(const QString &answer) {
    answers().append(answer);
}

QStringList shownMessages() {
    return messages();
}

void clearShownMessages() {
    messages().clear();
}

} // namespace Dialogs
