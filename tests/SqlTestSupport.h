#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// For the tests that link Qt SQL (through the store).
namespace TestSupport {

// Runs one SQL statement on a store file behind the program's back (tampering, damage).
inline bool runSql(const QString &path, const QString &sql) {
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind-the-back"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind-the-back"));
    return ok;
}

} // namespace TestSupport
