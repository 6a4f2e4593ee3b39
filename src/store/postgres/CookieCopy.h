#pragma once

#include "Cookie.h"
#include "StoreImport.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;

// Cookies streamed into a PostgreSQL store with libpq's COPY while the import still reads its
// file: the server inserts one chunk while the next is parsed. A COPY holds the connection, so
// the import pauses it (pause()) to write anything else, a new site say, and add() resumes it.
// Everything runs under a savepoint: a COPY that fails, on a duplicate say, is rolled back whole
// and the caller finds which rows were in the way (keys()).
class CookieCopy {
public:
    CookieCopy(const QSqlDatabase &db, QString user, QString now);
    ~CookieCopy();

    using Key = ImportedKey;

    // False once a COPY failed (then failedState() and failure() say why); later rows are
    // still counted in keys() for the diagnosis.
    bool add(const Cookie &cookie, int line);
    bool pause();
    // Ends the last COPY: true when every row is in. On failure the savepoint is rolled back.
    bool finish();
    QString failedState() const { return m_state; }
    QString failure() const { return m_failure; }
    const QList<Key> &keys() const { return m_keys; }

private:
    bool start();
    bool flush();
    bool end();

    QSqlDatabase m_db;
    pg_conn *m_connection = nullptr;
    QString m_user;
    QString m_now;
    QByteArray m_chunk;
    QList<Key> m_keys;
    bool m_savepoint = false;
    bool m_copying = false;
    bool m_failed = false;
    QString m_state;
    QString m_failure;
};
