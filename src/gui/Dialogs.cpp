#include "Dialogs.h"

#include <QFileDialog>
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
