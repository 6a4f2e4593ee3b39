#pragma once

#include "CharterDocument.h"
#include "Problem.h"
#include "Publication.h"
#include "Site.h"
#include "Store.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

// Publishes a site: its registry snapshot and every policy file in every language of the site
// (HTML page and fragment, Markdown, PDF) plus the registry as CSV and JSON, into a shared store
// (the open one or another file), as one immutable, hash-chained publication.
namespace Publisher {

struct Options {
    QString note;
    bool force = false;                   // publish even if nothing changed
    std::function<bool(double)> progress; // 0..1; return false to cancel (nothing is written)
};

struct Outcome {
    enum class Status { Published, NothingChanged, Refused, Cancelled, Failed };
    Status status = Status::Failed;
    QString message;
    QList<Problem> problems;            // validation errors (Refused) and warnings (shown, allowed)
    Publication publication;            // Published: what was written; NothingChanged: the last one
    QHash<qint64, QString> cookieNames; // id -> name, for the messages about problems
};

// The site's registry and own texts as JSON: what a publication keeps, and what `diff` compares.
QString snapshot(const Store::SiteState &state);

// Reads the site's whole state in one read transaction and builds every file from that one
// read, so that an edit landing meanwhile cannot make the files and the snapshot disagree.
Outcome publish(const Store &source, const Site &site, Store &target, const Options &options);

// Saves a publication's files (read with their contents) into `folder`, created if missing:
// every file checked against its SHA-256 first, then all written or none. `extract` and the
// history window's "Save the files" both call this.
bool saveFiles(const Publication &publication, const QString &folder, QString *error);

// The charter as a publication showed it, rebuilt from its snapshot, in one language.
CharterDocument publishedCharter(const Publication &publication, const QString &language);

} // namespace Publisher
