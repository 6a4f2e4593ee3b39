#pragma once

#include <QString>

class Store;

// Where publications go: `--to FILE`, else the store file set in the settings
// (publishing/target), else the open store. The command line and the window share this.
namespace PublishingTarget {

QString configuredPath();
void setConfiguredPath(const QString &path); // empty: back to the open store

// The file that receives publications, given `--to` (may be empty); empty when it is the open
// store itself.
QString resolve(const QString &explicitPath, const QString &openStorePath);

// Opens the shared store at `path`; with `create`, makes it first when it is missing. Two
// programs creating the same new store at once both end up using the one that was made.
bool open(Store &shared, const QString &path, bool create, bool readOnly, QString *error);

} // namespace PublishingTarget
