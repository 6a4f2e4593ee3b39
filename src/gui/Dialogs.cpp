#include "Dialogs.h"

#include <QDateTime>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

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

QString openFileName(QWidget *parent, const QString &title, const QString &filter) {
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
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

QString choose(QWidget *parent, const QString &title, const QString &text, const QString &details,
               const QList<QPair<QString, QString>> &choices) {
    messages().append(text);
    if (!answers().isEmpty())
        return answers().takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QList<QAbstractButton *> buttons;
    for (const auto &choice : choices) {
        QPushButton *button = box.addButton(choice.second, QMessageBox::AcceptRole);
        buttons.append(button);
    }
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.constFirst()));
    box.exec();
    const qsizetype chosen = buttons.indexOf(box.clickedButton());
    if (chosen >= 0)
        return choices.at(chosen).first;
    return choices.isEmpty() ? QString() : choices.constLast().first;
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

QString localTime(const QString &iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace Dialogs
