#pragma once

#include "CharterDocument.h"

// The charter as GitHub-flavoured Markdown, tables included. User text is backslash-escaped so
// it can never become markup (no raw HTML, no links but our own http/https ones, no broken
// tables: pipes are escaped and line breaks in cells become spaces).
namespace CharterMarkdown {

QString write(const CharterDocument &document);
QString escape(const QString &text);

} // namespace CharterMarkdown
