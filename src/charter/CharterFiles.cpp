#include "CharterFiles.h"

#include "AtomicFile.h"
#include "CharterHtml.h"
#include "CharterMarkdown.h"
#include "CharterTextDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace CharterFiles {

std::optional<Format> formatFromName(const QString &text) {
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("html"))
        return Format::Html;
    if (word == QLatin1String("html-fragment") || word == QLatin1String("fragment"))
        return Format::HtmlFragment;
    if (word == QLatin1String("md") || word == QLatin1String("markdown"))
        return Format::Markdown;
    if (word == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<Format> formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString name(Format format) {
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::HtmlFragment:
        return QStringLiteral("html-fragment");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString suffix(Format format) {
    switch (format) {
    case Format::Html:
        return QStringLiteral(".html");
    case Format::HtmlFragment:
        return QStringLiteral(".fragment.html");
    case Format::Markdown:
        return QStringLiteral(".md");
    case Format::Pdf:
        break;
    }
    return QStringLiteral(".pdf");
}

bool needsGui(Format format) {
    return format == Format::Pdf;
}

QByteArray renderPdf(const CharterDocument &document) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        // QTextDocument::print() adds its own 2 cm margins and the page numbers.
        writer.setResolution(300);
        writer.setTitle(document.title + QStringLiteral(" — ") + document.siteName);
        writer.setCreator(QStringLiteral("Cookie Charter"));
        QTextDocument text;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        text.setDefaultFont(font);
        CharterTextDocument::build(&text, document);
        text.print(&writer);
    }
    return bytes;
}

QByteArray render(const CharterDocument &document, Format format) {
    switch (format) {
    case Format::Html:
        return CharterHtml::write(document, CharterHtml::Flavour::Page).toUtf8();
    case Format::HtmlFragment:
        return CharterHtml::write(document, CharterHtml::Flavour::Fragment).toUtf8();
    case Format::Markdown:
        return CharterMarkdown::write(document).toUtf8();
    case Format::Pdf:
        break;
    }
    return renderPdf(document);
}

bool writeFile(const CharterDocument &document, Format format, const QString &path,
               QString *error) {
    const QByteArray bytes = render(document, format);
    if (bytes.isEmpty()) { // QPdfWriter says nothing when it fails; it then leaves no bytes
        if (error)
            *error = QCoreApplication::translate("CharterFiles",
                                                 "cannot write %1: the PDF could not be laid out")
                         .arg(path);
        return false;
    }
    return AtomicFile::write(path, bytes, error);
}

} // namespace CharterFiles
