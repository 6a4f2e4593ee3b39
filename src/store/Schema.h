#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QSqlDatabase;

// The store's schema, versioned in PRAGMA user_version (on a server, in the table
// cookie_charter_store, with the same steps written for PostgreSQL). Each migration runs in its own
// BEGIN IMMEDIATE transaction and bumps user_version in it, so a store is always at exactly one
// version. Keep every old step: stores in the field may be at any earlier version.
namespace Schema {

constexpr int latestVersion = 4;
constexpr int applicationId = 0x436F4368; // "CoCh", written to PRAGMA application_id

// Brings the open database from its current version to `target` (at most latestVersion).
bool migrate(QSqlDatabase &db, int target, QString *error);

// True when the open database, at latestVersion, has every table and column of the schema: a
// store that lost a table is refused at open instead of failing later, half-way through a
// command. The reference is a fresh store built in memory.
bool check(const QSqlDatabase &db, QString *error);

// Every table of the latest schema with its columns, in the order of an SQLite store.
QList<std::pair<QString, QStringList>> tables();

} // namespace Schema
