#pragma once

#include "Cookie.h"

#include <QString>

#include <optional>

// The outcome of one write to the store. A write that did not succeed changed nothing.
struct WriteResult {
    enum class Status {
        Ok,
        Conflict,   // the row changed since it was read; `current` holds what is stored now
        NotFound,   // the row is gone (deleted by someone else)
        Duplicate,  // (site, domain, name) or a site name already taken
        Invalid,    // the values break a rule; nothing was sent to the store
        Busy,       // the store stayed locked by another user past the busy timeout
        ReadOnly,   // the store was opened read-only
        NotAllowed, // the user's role does not allow this write (a reviewer changing the registry)
        Failed,     // any other store or file error
    };
    Status status = Status::Ok;
    QString message;
    std::optional<Cookie> current;
    qint64 otherId = 0; // Duplicate: the row that already holds the name

    bool ok() const { return status == Status::Ok; }
    static WriteResult failure(Status status, const QString &message) {
        WriteResult result;
        result.status = status;
        result.message = message;
        return result;
    }
};
