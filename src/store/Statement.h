#pragma once

#include <QByteArrayView>
#include <QString>

// A prepared statement of the store's bulk paths (registry reads, cookie inserts and updates),
// one implementation per backend: SqliteStatement on the sqlite3 handle, ServerStatement on a
// PostgreSQL connection. Parameters are 1-based; step() gives Row, Done or an error code that
// isBusy() and isUniqueViolation() classify.
class Statement {
public:
    enum Step { Row = 100, Done = 101 };
    // The error codes step() gives on either backend for the two failures callers act on.
    enum Error { Busy = 5, UniqueViolation = 2067, Other = 1 };

    virtual ~Statement() = default;

    virtual bool isValid() const = 0;
    virtual void bindText(int index, const QString &text) = 0; // null binds ''
    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindNull(int index) = 0;

    virtual int step() = 0;
    virtual void reset() = 0;

    virtual QByteArrayView columnUtf8(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    virtual qint64 columnInt64(int column) const = 0;
    virtual bool columnIsNull(int column) const = 0;

    virtual QString errorText() const = 0;
    // The id of the row the last step inserted.
    virtual qint64 lastInsertRowId() const = 0;

    virtual bool isBusy(int code) const = 0;
    virtual bool isUniqueViolation(int code) const = 0;
};
