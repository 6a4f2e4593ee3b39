#pragma once

#include <QDateTime>
#include <QString>

// One line of the store's audit log: who changed what, when, with old and new values (JSON).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // insert, update, delete, import
    QString entity; // site, cookie, text
    qint64 entityId = 0;
    qint64 siteId = 0;
    QString summary;
    QString oldValues;
    QString newValues;
};
