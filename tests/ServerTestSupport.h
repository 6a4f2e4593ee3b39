#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QUrl>
#include <QVariant>

// The PostgreSQL server of the tests: COOKIE_CHARTER_TEST_SERVER names a database on it whose
// role may create databases (scripts/test starts a throwaway server with pg_virtualenv and sets
// it). Without it the server tests are skipped and say so, unless COOKIE_CHARTER_REQUIRE_SERVER
// is set (CI), where a missing server fails them.
namespace ServerTest {

inline QString adminLocation() {
    return qEnvironmentVariable("COOKIE_CHARTER_TEST_SERVER");
}

inline bool required() {
    return !qEnvironmentVariableIsEmpty("COOKIE_CHARTER_REQUIRE_SERVER");
}

// One connection as the server's administrator, for setting tests up and looking behind the
// program's back.
inline QSqlDatabase admin(const QString &database = QString()) {
    const QString name = QStringLiteral("server-test-admin-") + database;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl url(adminLocation());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
    db.open();
    return db;
}

// Runs SQL as the administrator (statements of the tests' own making); false with the reason.
inline bool exec(const QString &sql, const QString &database = QString(),
                 QString *error = nullptr) {
    QSqlQuery query(admin(database));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// The location of `database` on the test server, as `user` (the administrator by default).
inline QString location(const QString &database, const QString &user = QString()) {
    QUrl url(adminLocation());
    url.setPassword(QString());
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// A new empty database for one test, dropped with its connections when it goes.
class FreshDatabase {
public:
    FreshDatabase() {
        static int counter = 0;
        m_name =
            QStringLiteral("cc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        m_ok = exec(QStringLiteral("CREATE DATABASE %1").arg(m_name), QString(), &m_error);
    }
    ~FreshDatabase() {
        const QString connection = QStringLiteral("server-test-admin-") + m_name;
        if (QSqlDatabase::contains(connection)) {
            QSqlDatabase::database(connection).close();
            QSqlDatabase::removeDatabase(connection);
        }
        exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString location(const QString &user = QString()) const {
        return ServerTest::location(m_name, user);
    }

private:
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

} // namespace ServerTest

// Skips a server test plainly when no server was started for the run; fails it under CI.
#define CC_NEED_SERVER()                                                                           \
    do {                                                                                           \
        if (ServerTest::adminLocation().isEmpty()) {                                               \
            if (ServerTest::required())                                                            \
                QFAIL("COOKIE_CHARTER_REQUIRE_SERVER is set but COOKIE_CHARTER_TEST_SERVER "       \
                      "names no server: the PostgreSQL tests did not run");                        \
            QSKIP("no PostgreSQL server for this run (scripts/test starts one with "               \
                  "pg_virtualenv): the server tests were skipped");                                \
        }                                                                                          \
    } while (false)
