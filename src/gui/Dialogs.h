#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QWidget;

// The modal questions the window asks, behind one door so that tests can answer them: queue the
// next answers with answerNext() and no dialog opens. Messages shown are kept for tests too.
namespace Dialogs {

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString existingFolder(QWidget *parent, const QString &title);
// A line of text (a publication note); `accepted` false when the user cancelled.
QString askText(QWidget *parent, const QString &title, const QString &label, bool *accepted);
bool confirm(QWidget *parent, const QString &title, const QString &question);
void inform(QWidget *parent, const QString &title, const QString &message);
void warn(QWidget *parent, const QString &title, const QString &message);
// A question with named answers: returns the key of the button pressed (the last one when the
// dialog is closed). `choices` are (key, button text) pairs, the first one the default.
QString choose(QWidget *parent, const QString &title, const QString &text, const QString &details,
               const QList<QPair<QString, QString>> &choices);

// A time the store keeps (UTC, ISO 8601) in the user's time zone and way of writing dates.
QString localTime(const QString &iso);

// For tests: answers for the next calls (a file name, or "yes"/"no"), in order.
void answerNext(const QString &answer);
QStringList shownMessages();
void clearShownMessages();

} // namespace Dialogs
