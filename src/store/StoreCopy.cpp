// Copying a whole store into an empty one (SQLite and PostgreSQL either way), and the server's
// group roles.
#include "Schema.h"
#include "Store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Parents before children, so that every reference finds its row.
const char *const copyOrder[] = {
    "site",        "cookie",           "charter_text", "rule_switch",     "audit",
    "publication", "publication_file", "review",       "review_decision", "review_comment"};

// The tables whose id a server draws from an identity, to be moved past the copied ids.
const char *const identityTables[] = {"site",        "cookie", "audit",
                                      "publication", "review", "review_comment"};

QString quoted(const QString &column) {
    return column == QLatin1String("user") ? QStringLiteral("\"user\"") : column;
}

} // namespace

bool Store::copyFrom(const Store &source, const std::function<bool(double)> &progress,
                     QString *error) {
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!source.isOpen() || !isOpen())
        return fail(tr("no store is open"));
    QList<std::pair<QString, QStringList>> tables = Schema::tables();
    QHash<QString, QStringList> columnsOf;
    for (const auto &[table, columns] : tables)
        columnsOf.insert(table, columns);
    qint64 total = 0;
    for (const char *table : copyOrder) {
        QSqlQuery count(source.database());
        // Table names are ours, from the list above.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !count.next())
            return fail(
                tr("%1 could not be read: %2").arg(source.path(), count.lastError().text()));
        total += count.value(0).toLongLong();
    }
    const WriteResult result = runWrite([&]() -> WriteResult {
        QSqlQuery occupied(database());
        if (!occupied.exec(QStringLiteral("SELECT (SELECT count(*) FROM site), (SELECT count(*) "
                                          "FROM publication), (SELECT count(*) FROM audit)")) ||
            !occupied.next())
            return failureFrom(occupied);
        if (occupied.value(0).toLongLong() + occupied.value(1).toLongLong() +
                occupied.value(2).toLongLong() >
            0)
            return WriteResult::failure(
                WriteResult::Status::Invalid,
                tr("%1 is not empty (%2 site(s), %3 publication(s)); a copy goes only into an "
                   "empty store, and nothing was written")
                    .arg(path())
                    .arg(occupied.value(0).toLongLong())
                    .arg(occupied.value(1).toLongLong()));
        occupied.finish();
        qint64 done = 0;
        for (const char *name : copyOrder) {
            const QString table = QLatin1String(name);
            QStringList columns;
            for (const QString &column : columnsOf.value(table))
                columns.append(quoted(column));
            const QString list = columns.join(QStringLiteral(", "));
            QSqlQuery read(source.database());
            read.setForwardOnly(true);
            if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2").arg(list, table)))
                return WriteResult::failure(
                    WriteResult::Status::Failed,
                    tr("%1 could not be read: %2").arg(source.path(), read.lastError().text()));
            QStringList marks;
            for (int i = 0; i < columns.size(); ++i)
                marks.append(QStringLiteral("?"));
            QSqlQuery write(database());
            if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, list, marks.join(QStringLiteral(", ")))))
                return failureFrom(write);
            while (read.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    write.bindValue(i, read.value(i));
                if (!write.exec())
                    return failureFrom(write);
                if ((++done & 511) == 0 && progress &&
                    !progress(double(done) / double(qMax<qint64>(1, total)))) {
                    return WriteResult::failure(WriteResult::Status::Failed,
                                                tr("copy cancelled; nothing was written"));
                }
            }
            if (read.lastError().isValid())
                return WriteResult::failure(
                    WriteResult::Status::Failed,
                    tr("%1 could not be read: %2").arg(source.path(), read.lastError().text()));
        }
        if (isServer()) {
            for (const char *name : identityTables) {
                QSqlQuery move(database());
                move.prepare(
                    QStringLiteral(
                        "SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, "
                        "false) FROM %1")
                        .arg(QLatin1String(name)));
                move.addBindValue(QLatin1String(name));
                if (!move.exec())
                    return failureFrom(move);
            }
        }
        m_pendingSignals.append([this] { Q_EMIT registryReset(0); });
        return {};
    });
    if (!result.ok() && error)
        *error = result.message;
    return result.ok();
}

bool Store::setUpRoles(const QString &editors, const QString &reviewers, const QString &publishers,
                       QStringList *done, QString *error) {
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isServer())
        return fail(tr("roles are a server's: %1 is an SQLite file").arg(path()));
    QStringList allTables{QStringLiteral("cookie_charter_store")};
    for (const auto &[table, columns] : Schema::tables())
        allTables.append(table);
    const QStringList reviewerTables{QStringLiteral("review_decision"),
                                     QStringLiteral("review_comment")};
    const QStringList editorTables{QStringLiteral("site"),
                                   QStringLiteral("cookie"),
                                   QStringLiteral("charter_text"),
                                   QStringLiteral("rule_switch"),
                                   QStringLiteral("audit"),
                                   QStringLiteral("review"),
                                   QStringLiteral("review_decision"),
                                   QStringLiteral("review_comment")};
    const QStringList publisherTables{QStringLiteral("publication"),
                                      QStringLiteral("publication_file")};
    // Each statement is built by the server (format with %I quotes an identifier) from our
    // table names and the role names given, then run; all in one transaction.
    QStringList statements;
    struct Group {
        QString role;
        QStringList tables;     // INSERT, UPDATE, DELETE
        QStringList insertOnly; // INSERT only
        QString what;
    };
    QList<Group> groups;
    if (!reviewers.isEmpty())
        groups.append({reviewers,
                       {},
                       reviewerTables,
                       tr("read everything, write decisions and comments on reviews")});
    if (!editors.isEmpty())
        groups.append({editors,
                       editorTables,
                       {},
                       tr("read everything, write the registry, its texts, settings and reviews")});
    if (!publishers.isEmpty())
        groups.append(
            {publishers, editorTables + publisherTables, {}, tr("as editors, and publish")});
    if (groups.isEmpty())
        return fail(tr("name at least one role: --editors, --reviewers or --publishers"));
    const WriteResult result = runWrite([&]() -> WriteResult {
        done->clear();
        for (const Group &group : std::as_const(groups)) {
            QSqlQuery exists(database());
            exists.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
            exists.addBindValue(group.role);
            if (!exists.exec())
                return failureFrom(exists);
            QStringList sql;
            if (!exists.next())
                sql.append(QStringLiteral("CREATE ROLE %I NOLOGIN"));
            sql.append(QStringLiteral("GRANT USAGE ON SCHEMA %s TO %I"));
            sql.append(
                QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %s FROM %I"));
            sql.append(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %I"));
            if (!group.tables.isEmpty())
                sql.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ") +
                           group.tables.join(QStringLiteral(", ")) + QStringLiteral(" TO %I"));
            if (!group.insertOnly.isEmpty())
                sql.append(QStringLiteral("GRANT INSERT ON ") +
                           group.insertOnly.join(QStringLiteral(", ")) + QStringLiteral(" TO %I"));
            sql.append(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %s TO %I"));
            for (const QString &statement : std::as_const(sql)) {
                QSqlQuery format(database());
                const bool schemaFirst = statement.contains(QLatin1String("%s"));
                format.prepare(
                    schemaFirst
                        ? QStringLiteral("SELECT format(?, quote_ident(current_schema()), ?::text)")
                        : QStringLiteral("SELECT format(?, ?::text)"));
                format.addBindValue(statement);
                format.addBindValue(group.role);
                if (!format.exec() || !format.next())
                    return failureFrom(format);
                QSqlQuery run(database());
                if (!run.exec(format.value(0).toString()))
                    return failureFrom(run);
            }
            done->append(tr("%1: %2").arg(group.role, group.what));
        }
        return {};
    });
    if (!result.ok())
        return fail(result.message);
    return true;
}
