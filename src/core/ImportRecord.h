#pragma once

#include "Cookie.h"

#include <QStringList>

// One row read from an import file, before it reaches the store.
struct ImportRecord {
    int line = 0;     // where the row starts in its file (1-based), or its index in a JSON list
    QString siteName; // empty: the import's default site
    Cookie cookie;
    QStringList errors; // problems found while reading the row; such a row is rejected
};
Q_DECLARE_TYPEINFO(ImportRecord, Q_RELOCATABLE_TYPE);

// Yields the rows of one import. rewind() lets the store retry a whole import after a lock
// timeout without re-opening the file.
class RecordSource {
public:
    virtual ~RecordSource() = default;
    virtual bool next(ImportRecord *record) = 0;
    virtual void rewind() = 0;
    virtual double progress() const = 0; // 0..1
};
