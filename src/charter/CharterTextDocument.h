#pragma once

#include "CharterDocument.h"

class QTextDocument;

// The charter laid out in a QTextDocument, for the preview and the PDF. Text goes in through
// QTextCursor as plain text with formats, never as HTML, so nothing a user typed can become
// markup; links are only those the model holds (http/https).
namespace CharterTextDocument {

// `chunkRows` > 0 splits each cookie table into consecutive tables of that many rows, which
// read as one: an edit then lays out one chunk instead of a table of thousands of rows (the
// preview). 0 keeps one table per category, with its header repeated on every page (the PDF).
void build(QTextDocument *target, const CharterDocument &document, int chunkRows = 0);

// Brings `target`, built from `before`, up to `after` by rewriting only what changed when the
// two differ in table rows alone (an edit, an added or removed cookie): a few milliseconds
// instead of a new layout of the whole charter. Otherwise builds it anew. Returns true when it
// could patch.
bool update(QTextDocument *target, const CharterDocument &before, const CharterDocument &after,
            int chunkRows = 0);

} // namespace CharterTextDocument
