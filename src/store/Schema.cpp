#include "Schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Version 1: the registry (sites, cookies, charter texts) and the audit log.
// The CHECKs spell out ORs: an IN list builds a temporary b-tree on every insert.
const char *const version1[] = {
    R"(CREATE TABLE site (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        url TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT 'fr',
        contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE cookie (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        service TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        purpose_fr TEXT NOT NULL DEFAULT '',
        purpose_en TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'unclassified'
            CHECK (category = 'necessary' OR category = 'preferences' OR category = 'statistics'
                   OR category = 'marketing' OR category = 'unclassified'),
        party TEXT NOT NULL DEFAULT 'first' CHECK (party = 'first' OR party = 'third'),
        domain TEXT NOT NULL DEFAULT '',
        duration TEXT NOT NULL DEFAULT '',
        duration_days REAL,
        storage TEXT NOT NULL DEFAULT 'cookie'
            CHECK (storage = 'cookie' OR storage = 'localStorage' OR storage = 'sessionStorage'
                   OR storage = 'IndexedDB' OR storage = 'pixel'),
        privacy_url TEXT NOT NULL DEFAULT '',
        consent_exempt INTEGER CHECK (consent_exempt = 0 OR consent_exempt = 1),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (site_id, domain, name)))",
    R"(CREATE TABLE charter_text (
        site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        section TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (site_id, lang, section)))",
    R"(CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        site_id INTEGER,
        summary TEXT NOT NULL DEFAULT '',
        old_values TEXT,
        new_values TEXT))",
    "CREATE INDEX audit_site ON audit (site_id, id)",
};

// Version 2: immutable publications of a site's charter and registry, chained by hash. A
// publication names its site (it may live in another store than the registry it came from).
const char *const version2[] = {
    R"(CREATE TABLE publication (
        id INTEGER PRIMARY KEY,
        site TEXT NOT NULL,
        seq INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        author TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        registry_json TEXT NOT NULL,
        registry_sha256 TEXT NOT NULL,
        cookie_count INTEGER NOT NULL,
        file_count INTEGER NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (site, seq)))",
    R"(CREATE TABLE publication_file (
        publication_id INTEGER NOT NULL REFERENCES publication(id),
        name TEXT NOT NULL,
        lang TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL,
        content BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (publication_id, name)))",
};

// Version 3: the rules a site switched off, with the reason; how long the site's consent banner
// keeps the visitor's choice (NULL: not set); the switches a publication was made under.
const char *const version3[] = {
    "ALTER TABLE site ADD COLUMN consent_days INTEGER CHECK (consent_days > 0)",
    R"(CREATE TABLE rule_switch (
        site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        switched_at TEXT NOT NULL,
        switched_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (site_id, rule)))",
    "ALTER TABLE publication ADD COLUMN rule_switches TEXT NOT NULL DEFAULT ''",
};

// Version 4: review and sign-off. A site's review policy; the reviews editors submit (the state
// they name, with the snapshots to compare); what reviewers write, in tables of their own: their
// decision (one per review) and their comments; the approval a publication was made with.
const char *const version4[] = {
    R"(ALTER TABLE site ADD COLUMN review_policy TEXT NOT NULL DEFAULT 'none'
        CHECK (review_policy = 'none' OR review_policy = 'approval'))",
    // The snapshots last: a list of reviews reads the columns before them without walking
    // through megabytes of overflow pages.
    R"(CREATE TABLE review (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        state_hash TEXT NOT NULL,
        base_seq INTEGER NOT NULL DEFAULT 0,
        base_at TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        submitted_at TEXT NOT NULL,
        submitted_by TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        base_snapshot TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX review_site ON review (site_id, id)",
    R"(CREATE TABLE review_decision (
        review_id INTEGER PRIMARY KEY REFERENCES review(id) ON DELETE CASCADE,
        decision TEXT NOT NULL
            CHECK (decision = 'approved' OR decision = 'changes-requested'),
        comment TEXT NOT NULL DEFAULT '',
        state_hash TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        decided_by TEXT NOT NULL))",
    R"(CREATE TABLE review_comment (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
        cookie_id INTEGER NOT NULL DEFAULT 0,
        cookie_name TEXT NOT NULL DEFAULT '',
        cookie_domain TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL CHECK (length(trim(body)) > 0),
        written_at TEXT NOT NULL,
        written_by TEXT NOT NULL))",
    "CREATE INDEX review_comment_review ON review_comment (review_id, id)",
    "ALTER TABLE publication ADD COLUMN approval TEXT NOT NULL DEFAULT ''",
};

bool isServer(const QSqlDatabase &db) {
    return db.driverName() == QLatin1String("QPSQL");
}

// The same schema on PostgreSQL: ids drawn from an identity, 64-bit integers, binary content,
// the audit's "user" quoted (a reserved word there), COLLATE NOCASE through the "nocase"
// collation made when the store is created.
QString forServer(QString sql) {
    sql.replace(QLatin1String("id INTEGER PRIMARY KEY,"),
                QLatin1String("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"));
    sql.replace(QLatin1String("INTEGER"), QLatin1String("BIGINT"));
    sql.replace(QLatin1String(" REAL"), QLatin1String(" DOUBLE PRECISION"));
    sql.replace(QLatin1String(" BLOB"), QLatin1String(" BYTEA"));
    sql.replace(QLatin1String(" user TEXT"), QLatin1String(" \"user\" TEXT"));
    return sql;
}

// What a server store has besides its tables: its version, the collation, and the trigger that
// tells every listening connection that a table changed (LISTEN cookie_charter).
const char *const serverBase[] = {
    "CREATE TABLE cookie_charter_store (application_id BIGINT NOT NULL, version BIGINT NOT NULL)",
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', "
    "deterministic = false)",
    R"(CREATE OR REPLACE FUNCTION cookie_charter_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('cookie_charter', TG_TABLE_NAME); RETURN NULL; END $$)",
};

template <std::size_t N>
bool runAll(QSqlDatabase &db, const char *const (&statements)[N], QString *error) {
    for (const char *sql : statements) {
        QSqlQuery query(db);
        const QString statement = QString::fromUtf8(sql);
        if (!query.exec(isServer(db) ? forServer(statement) : statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool step(QSqlDatabase &db, int to, QString *error) {
    switch (to) {
    case 1:
        return runAll(db, version1, error);
    case 2:
        return runAll(db, version2, error);
    case 3:
        return runAll(db, version3, error);
    case 4:
        return runAll(db, version4, error);
    default:
        break;
    }
    if (error)
        *error = QStringLiteral("no migration to version %1").arg(to);
    return false;
}

int currentVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (isServer(db)) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('cookie_charter_store') IS NOT NULL")) ||
            !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (query.exec(QStringLiteral("SELECT max(version) FROM cookie_charter_store")) &&
            query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

// Server: the version step `to` ends with, and every table's notification trigger.
bool finishServerStep(QSqlDatabase &db, int to, QString *error) {
    QSqlQuery query(db);
    bool ok = true;
    if (to == 1) {
        query.prepare(QStringLiteral(
            "INSERT INTO cookie_charter_store (application_id, version) VALUES (?, ?)"));
        query.addBindValue(Schema::applicationId);
        query.addBindValue(to);
        ok = query.exec();
    } else {
        query.prepare(QStringLiteral("UPDATE cookie_charter_store SET version = ?"));
        query.addBindValue(to);
        ok = query.exec();
    }
    QStringList tables;
    if (ok && query.exec(QStringLiteral(
                  "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                  "AND tablename <> 'cookie_charter_store' ORDER BY tablename"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    } else {
        ok = false;
    }
    for (const QString &table : std::as_const(tables)) {
        // Table names are ours (read back from the catalog), quoted by the server.
        QSqlQuery format(db);
        format.prepare(QStringLiteral(
            "SELECT format('CREATE OR REPLACE TRIGGER cookie_charter_notify AFTER INSERT OR "
            "UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION cookie_charter_notify()', "
            "?::text)"));
        format.addBindValue(table);
        if (!ok || !format.exec() || !format.next() || !query.exec(format.value(0).toString())) {
            ok = false;
            break;
        }
    }
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

} // namespace

namespace Schema {

bool migrate(QSqlDatabase &db, int target, QString *error) {
    if (target > latestVersion)
        target = latestVersion;
    for (int version = currentVersion(db); version < target; ++version) {
        QSqlQuery query(db);
        const bool server = isServer(db);
        if (!query.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        QString stepError;
        bool ok = true;
        if (server) {
            // One migration at a time, and the version read again under the lock.
            query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
            query.addBindValue(applicationId);
            ok = query.exec();
            const int now = ok ? currentVersion(db) : version;
            if (now < 0) {
                ok = false;
            } else if (now != version) { // another program migrated meanwhile
                query.exec(QStringLiteral("ROLLBACK"));
                version = now - 1;
                continue;
            }
            if (ok && version == 0)
                ok = runAll(db, serverBase, &stepError);
        }
        if (ok)
            ok = step(db, version + 1, &stepError);
        if (server) {
            if (ok)
                ok = finishServerStep(db, version + 1, &stepError);
        } else {
            // PRAGMAs take no bound values; the numbers here are ours, not user input.
            if (ok && version == 0)
                ok = query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            if (ok)
                ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        }
        if (ok)
            ok = query.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            if (stepError.isEmpty())
                stepError = query.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = QCoreApplication::translate("Schema",
                                                     "upgrading the store to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(stepError);
            return false;
        }
    }
    return true;
}

namespace {

using TableColumns = QList<std::pair<QString, QStringList>>;

// The tables and their columns; false with the reason when they could not be read (which is
// not "the store lacks them").
bool columnsOf(const QSqlDatabase &db, TableColumns *tables, QString *error) {
    if (isServer(db)) {
        QSqlQuery columns(db);
        columns.setForwardOnly(true);
        // The catalog itself: information_schema's views take a good part of a second.
        if (!columns.exec(QStringLiteral(
                "SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a JOIN "
                "pg_catalog.pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = "
                "current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT "
                "a.attisdropped AND c.relname <> 'cookie_charter_store' ORDER BY c.relname, "
                "a.attnum"))) {
            if (error)
                *error = columns.lastError().text();
            return false;
        }
        while (columns.next()) {
            const QString table = columns.value(0).toString();
            if (tables->isEmpty() || tables->constLast().first != table)
                tables->append({table, {}});
            tables->last().second.append(columns.value(1).toString());
        }
        return true;
    }
    QSqlQuery names(db);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        if (error)
            *error = names.lastError().text();
        return false;
    }
    QStringList tableNames;
    while (names.next())
        tableNames.append(names.value(0).toString());
    for (const QString &table : tableNames) {
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(table);
        if (!columns.exec()) {
            if (error)
                *error = columns.lastError().text();
            return false;
        }
        QStringList list;
        while (columns.next())
            list.append(columns.value(0).toString());
        tables->append({table, list});
    }
    return true;
}

const TableColumns &reference() {
    static const TableColumns tables = [] {
        const QString name = QStringLiteral("cookie-charter-schema-reference");
        TableColumns result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open() && migrate(db, latestVersion, nullptr))
                columnsOf(db, &result, nullptr);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return tables;
}

} // namespace

QList<std::pair<QString, QStringList>> tables() {
    return reference();
}

bool check(const QSqlDatabase &db, QString *error) {
    TableColumns present;
    QString failure;
    if (!columnsOf(db, &present, &failure)) {
        if (error)
            *error = QCoreApplication::translate("Schema", "its tables could not be read: %1")
                         .arg(failure);
        return false;
    }
    QStringList missing;
    for (const auto &[table, columns] : reference()) {
        const auto found =
            std::find_if(present.begin(), present.end(),
                         [&table = table](const auto &entry) { return entry.first == table; });
        if (found == present.end()) {
            missing.append(QCoreApplication::translate("Schema", "table %1").arg(table));
            continue;
        }
        for (const QString &column : columns) {
            if (!found->second.contains(column))
                missing.append(
                    QCoreApplication::translate("Schema", "column %1.%2").arg(table, column));
        }
    }
    if (missing.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("Schema", "the store lacks %1")
                     .arg(missing.mid(0, 5).join(QStringLiteral(", ")));
    return false;
}

} // namespace Schema
