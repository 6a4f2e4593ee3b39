#include "ReviewFlow.h"

#include "CookieField.h"
#include "Publisher.h"
#include "RegistryJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ReviewFlow", text);
}

struct Parsed {
    Site site;
    QList<Cookie> cookies;
    QList<CharterText> texts;
};

bool parse(const QString &snapshot, Parsed *parsed) {
    if (snapshot.isEmpty())
        return false;
    QList<Site> sites;
    QList<ImportRecord> records;
    QHash<QString, QList<CharterText>> texts;
    QString error;
    if (!RegistryJson::read(snapshot.toUtf8(), &sites, &records, &error, &texts) || sites.isEmpty())
        return false;
    parsed->site = sites.constFirst();
    for (const ImportRecord &record : records)
        parsed->cookies.append(record.cookie);
    parsed->texts = texts.value(parsed->site.name);
    return true;
}

QString keyOf(const Cookie &cookie) {
    return cookie.domain + QLatin1Char('\n') + cookie.name;
}

QList<CharterText> inLanguage(const QList<CharterText> &texts, const QString &language) {
    QList<CharterText> own;
    for (const CharterText &text : texts) {
        if (text.language == language)
            own.append(text);
    }
    return own;
}

} // namespace

namespace ReviewFlow {

bool currentState(const Store &store, qint64 siteId, State *state, QString *error) {
    Store::SiteState read;
    if (!store.readSiteState(siteId, &read, error))
        return false;
    state->snapshot = Publisher::snapshot(read);
    state->hash = Publication::sha256(state->snapshot.toUtf8());
    return true;
}

Base lastPublication(const Store *shared, const QString &siteName) {
    Base base;
    if (!shared || !shared->isOpen())
        return base;
    const QList<Publication> history = shared->publications(siteName);
    if (history.isEmpty())
        return base;
    const std::optional<Publication> last =
        shared->publication(siteName, history.constLast().seq, false);
    if (!last)
        return base;
    base.seq = last->seq;
    base.at = last->publishedAt;
    base.snapshot = last->registryJson;
    return base;
}

WriteResult submit(Store &store, const Site &site, const Base &base, const QString &note,
                   Review *review) {
    State state;
    QString error;
    if (!currentState(store, site.id, &state, &error))
        return WriteResult::failure(WriteResult::Status::Failed, error);
    Review candidate;
    candidate.siteId = site.id;
    candidate.stateHash = state.hash;
    candidate.snapshot = state.snapshot;
    candidate.baseSeq = base.seq;
    candidate.baseAt = base.at;
    candidate.baseSnapshot = base.snapshot;
    candidate.note = note;
    const WriteResult result = store.submitReview(candidate);
    if (result.ok() && review)
        *review = candidate;
    return result;
}

Status statusOf(const Review &review, const QString &currentHash) {
    if (review.decision == Review::Decision::ChangesRequested)
        return Status::ChangesRequested;
    if (review.stateHash != currentHash)
        return Status::Void;
    return review.decision == Review::Decision::Approved ? Status::Approved : Status::Waiting;
}

QString statusText(Status status) {
    switch (status) {
    case Status::Waiting:
        return tr("waiting for a reviewer");
    case Status::Approved:
        return tr("approved");
    case Status::ChangesRequested:
        return tr("changes requested");
    case Status::Void:
        break;
    }
    return tr("void: the registry changed since");
}

QString summary(const Review &review, Status status) {
    switch (status) {
    case Status::Waiting:
        return tr("Review %1 of %2, submitted by %3 on %4, waits for a reviewer.")
            .arg(review.id)
            .arg(review.siteName, review.submittedBy, review.submittedAt.left(10));
    case Status::Approved:
        return tr("Review %1 of %2 was approved by %3 on %4.")
            .arg(review.id)
            .arg(review.siteName, review.decidedBy, review.decidedAt.left(10));
    case Status::ChangesRequested:
        return tr("Changes requested on review %1 of %2 by %3: %4")
            .arg(review.id)
            .arg(review.siteName, review.decidedBy, review.decisionComment);
    case Status::Void:
        break;
    }
    return review.decision == Review::Decision::Approved
               ? tr("The approval of review %1 of %2 by %3 is void: the registry changed since "
                    "it was approved.")
                     .arg(review.id)
                     .arg(review.siteName, review.decidedBy)
               : tr("Review %1 of %2 is void: the registry changed since it was submitted.")
                     .arg(review.id)
                     .arg(review.siteName);
}

QStringList excludedApprovers(const Store &store, qint64 siteId, const QString &since,
                              const QString &submitter, QString *error) {
    QStringList excluded = store.changedBy(siteId, since, error);
    if (!submitter.isEmpty() && !excluded.contains(submitter))
        excluded.prepend(submitter);
    return excluded;
}

std::optional<Review> validApproval(const Store &store, const Site &site,
                                    const QString &currentHash, const QString &since,
                                    QString *why) {
    QString error;
    const QList<Review> reviews = store.reviews(site.id, false, &error);
    const QStringList changed = store.changedBy(site.id, since, &error);
    if (!error.isEmpty()) {
        *why = error;
        return std::nullopt;
    }
    QString voided;
    for (auto it = reviews.crbegin(); it != reviews.crend(); ++it) {
        if (it->decision != Review::Decision::Approved)
            continue;
        if (it->stateHash != currentHash) {
            if (voided.isEmpty())
                voided = tr("the approval of review %1 by %2 is void: the registry changed since")
                             .arg(it->id)
                             .arg(it->decidedBy);
            continue;
        }
        if (it->decidedBy == it->submittedBy || changed.contains(it->decidedBy)) {
            if (voided.isEmpty())
                voided = tr("review %1 was approved by %2, who changed the registry since the "
                            "last publication")
                             .arg(it->id)
                             .arg(it->decidedBy);
            continue;
        }
        return *it;
    }
    QString who = changed.isEmpty() ? tr("anyone but the one who submits it")
                                    : tr("anyone but %1 and the one who submits it")
                                          .arg(changed.join(QStringLiteral(", ")));
    *why = tr("%1 may only be published with an approval of its current state (review policy: "
              "one approval); submit it for review (review submit); %2 may approve it")
               .arg(site.name, who);
    if (!voided.isEmpty())
        *why += QStringLiteral(" (") + voided + QLatin1Char(')');
    return std::nullopt;
}

CharterDocument markedCharter(const QString &after, const QString &before, const QString &language,
                              const QDate &date) {
    Parsed now;
    if (!parse(after, &now))
        return CharterDocument();
    Parsed then;
    const bool hasBase = parse(before, &then);
    QHash<QString, Cookie> old;
    for (const Cookie &cookie : std::as_const(then.cookies))
        old.insert(keyOf(cookie), cookie);
    QSet<QString> present;
    QHash<QString, Cookie> current;
    for (const Cookie &cookie : std::as_const(now.cookies)) {
        present.insert(keyOf(cookie));
        current.insert(keyOf(cookie), cookie);
    }
    // Removed cookies stay in the table, struck through, where they were.
    QList<Cookie> shown = now.cookies;
    QSet<QString> removed;
    for (const Cookie &cookie : std::as_const(then.cookies)) {
        if (!present.contains(keyOf(cookie))) {
            shown.append(cookie);
            removed.insert(keyOf(cookie));
        }
    }
    CharterDocument document =
        CharterDocument::build(now.site, shown, inLanguage(now.texts, language), language, date);
    document.cookieCount = int(now.cookies.size());
    if (!hasBase)
        return document;
    const CharterDocument published = CharterDocument::build(
        then.site, then.cookies, inLanguage(then.texts, language), language, date);
    QHash<QString, const CharterRow *> publishedRows;
    for (const CharterBlock &block : published.blocks) {
        for (const CharterRow &row : block.rows)
            publishedRows.insert(row.key, &row);
    }
    // Fields the table does not show, noted under the name when they change.
    const QList<CookieField> unseen{CookieField::Category, CookieField::Party, CookieField::Domain,
                                    CookieField::Type, CookieField::ConsentExempt};
    for (CharterBlock &block : document.blocks) {
        for (CharterRow &row : block.rows) {
            if (removed.contains(row.key)) {
                row.mark = CharterRow::Mark::Removed;
                continue;
            }
            const CharterRow *was = publishedRows.value(row.key);
            if (!was) {
                row.mark = CharterRow::Mark::Added;
                continue;
            }
            for (int column = 0; column < CharterDocument::ColumnCount; ++column) {
                const auto c = CharterDocument::Column(column);
                if (CharterDocument::cellText(*was, c) != CharterDocument::cellText(row, c))
                    row.before.insert(column, CharterDocument::cellText(*was, c));
            }
            const Cookie &a = old[row.key];
            const Cookie &b = current[row.key];
            for (CookieField field : unseen) {
                const QString x = CookieFields::value(a, field);
                const QString y = CookieFields::value(b, field);
                if (x != y)
                    row.notes.append(QStringLiteral("%1: %2 \u2192 %3")
                                         .arg(CookieFields::label(field),
                                              x.isEmpty() ? QStringLiteral("\u2205") : x,
                                              y.isEmpty() ? QStringLiteral("\u2205") : y));
            }
            if (!row.before.isEmpty() || !row.notes.isEmpty())
                row.mark = CharterRow::Mark::Changed;
        }
    }
    return document;
}

} // namespace ReviewFlow
