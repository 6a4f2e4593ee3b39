#pragma once

#include "CharterDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The charter's files: one document model, four formats, written atomically.
namespace CharterFiles {

enum class Format { Html, HtmlFragment, Markdown, Pdf };

std::optional<Format> formatFromName(const QString &name); // html, html-fragment, md, pdf
std::optional<Format> formatForPath(const QString &path);  // by suffix: .html .md .pdf
QString name(Format format);
QString suffix(Format format);
bool needsGui(Format format); // the PDF lays text out with Qt GUI (fonts): needs a QGuiApplication

QByteArray render(const CharterDocument &document, Format format);
// A4 PDF: title, site and date on the first page, page numbers, table headers repeated.
QByteArray renderPdf(const CharterDocument &document);
bool writeFile(const CharterDocument &document, Format format, const QString &path, QString *error);

} // namespace CharterFiles
