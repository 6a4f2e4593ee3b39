#pragma once

#include "CharterText.h"
#include "ImportRecord.h"
#include "Site.h"
#include "WriteResult.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

struct ImportOptions {
    QString defaultSite;     // rows without a site go here; empty: the store's only site
    QList<Site> siteDetails; // url/languages/contact for sites the import creates
    QHash<QString, QList<CharterText>> siteTexts; // own charter texts of sites the import creates
    QString sourceName;                           // recorded in the audit log
    bool dryRun = false;                  // check everything, write nothing (the import preview)
    std::function<bool(double)> progress; // 0..1; return false to cancel
    int previewLimit = 0; // keep up to this many accepted rows in ImportReport::preview
};

// A row an import sends in bulk, as much as finding the rows in the way of a duplicate needs.
struct ImportedKey {
    qint64 siteId = 0;
    QString domain;
    QString name;
    int line = 0;
};

struct RowError {
    int line = 0;
    QString message;
};

struct ImportReport {
    int added = 0;
    QStringList createdSites;
    QList<RowError> errors;
    bool cancelled = false;
    WriteResult result;          // Ok only when the rows were written (or would be, for a dry run)
    QList<ImportRecord> preview; // the first accepted rows, their site named (previewLimit)
};
