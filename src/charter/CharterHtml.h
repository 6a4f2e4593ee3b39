#pragma once

#include "CharterDocument.h"

// The charter as HTML. Every piece of text is escaped (& < > " '), and only http/https links
// are written.
namespace CharterHtml {

enum class Flavour {
    Page,     // standalone HTML5 page: lang, inline print-friendly CSS, no external resources
    Fragment, // a <section> to paste into a CMS page: no CSS, no <html>/<head>
};
// (The preview and the PDF are laid out by CharterTextDocument from the same model.)

QString write(const CharterDocument &document, Flavour flavour);
QString escape(const QString &text);

} // namespace CharterHtml
