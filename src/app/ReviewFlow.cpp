#include "ReviewFlow.h"

#include "CookieField.h"
#include "Publisher.h"
#include "PublishingTarget.h"
#include "RegistryJson.h"

#include <QCoreApplication>
#include <QFileInfo>
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

// What a publication shows or says of a cookie (its internal notes aside) is the same.
bool sameContent(const Cookie &a, const Cookie &b) {
    return a.provider == b.provider && a.service == b.service && a.location == b.location &&
           a.name == b.name && a.purposeFr == b.purposeFr && a.purposeEn == b.purposeEn &&
           a.category == b.category && a.party == b.party && a.domain == b.domain &&
           a.duration == b.duration && a.storage == b.storage && a.privacyUrl == b.privacyUrl &&
           a.consentExemptOverride == b.consentExemptOverride;
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

QList<Cookie> snapshotCookies(const QString &snapshot) {
    Parsed parsed;
    parse(snapshot, &parsed);
    return parsed.cookies;
}

std::optional<Cookie> commentTarget(const Store &store, const Review &review, const QString &name,
                                    const QString &domain, QString *why) {
    QString error;
    QList<Cookie> candidates = store.cookies(review.siteId, &error);
    if (!error.isEmpty()) {
        *why = error;
        return std::nullopt;
    }
    const auto matching = [&](const QList<Cookie> &cookies) {
        QList<Cookie> found;
        for (const Cookie &cookie : cookies) {
            if (cookie.name == name && (domain.isEmpty() || cookie.domain == domain))
                found.append(cookie);
        }
        return found;
    };
    QList<Cookie> found = matching(candidates);
    if (found.isEmpty()) {
        // A cookie the review removes: it is in the publication compared with, not in the site.
        found = matching(snapshotCookies(review.baseSnapshot));
        for (Cookie &cookie : found)
            cookie.id = 0;
    }
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty()) {
        *why = domain.isEmpty()
                   ? tr("%1 has no cookie named \"%2\"").arg(review.siteName, name)
                   : tr("%1 has no cookie named \"%2\" on %3").arg(review.siteName, name, domain);
        return std::nullopt;
    }
    QStringList domains;
    for (const Cookie &cookie : std::as_const(found))
        domains.append(cookie.domain.isEmpty() ? tr("(no domain)") : cookie.domain);
    *why = tr("%1 has several cookies named \"%2\" (%3); say which domain")
               .arg(review.siteName, name, domains.join(QStringLiteral(", ")));
    return std::nullopt;
}

bool snapshotNeedsApproval(const QString &snapshot) {
    // Only the site's own "review" member can read so: inside a string, quotes are escaped.
    return snapshot.contains(QLatin1String("\"review\":\"approval\""));
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

bool baseFor(const Store &store, const QString &to, const QString &siteName, Base *base,
             QString *error) {
    *base = Base();
    const QString path = PublishingTarget::resolve(to, store.path());
    if (path.isEmpty()) {
        *base = lastPublication(&store, siteName);
        return true;
    }
    if (!QFileInfo::exists(path))
        return true; // nothing published there yet
    Store shared;
    if (!PublishingTarget::open(shared, path, false, true, error))
        return false;
    *base = lastPublication(&shared, siteName);
    return true;
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
                              const QDate &date, int unchangedLimit, int *hidden) {
    if (hidden)
        *hidden = 0;
    Parsed now;
    if (!parse(after, &now))
        return CharterDocument();
    Parsed then;
    const bool hasBase = parse(before, &then);
    QHash<QString, qsizetype> old; // key -> index in then.cookies
    old.reserve(then.cookies.size());
    for (qsizetype i = 0; i < then.cookies.size(); ++i)
        old.insert(keyOf(then.cookies.at(i)), i);
    // What a publication shows of each cookie, changed or not; unchanged ones up to the limit.
    QList<Cookie> shown;
    QList<Cookie> publishedVersions; // of the changed ones, for the text before
    QSet<QString> present;
    present.reserve(now.cookies.size());
    int unchanged = 0;
    for (const Cookie &cookie : std::as_const(now.cookies)) {
        const QString key = keyOf(cookie);
        present.insert(key);
        const auto found = old.constFind(key);
        const bool same =
            hasBase && found != old.constEnd() && sameContent(then.cookies.at(*found), cookie);
        if (hasBase && !same) {
            shown.append(cookie);
            if (found != old.constEnd())
                publishedVersions.append(then.cookies.at(*found));
        } else if (unchangedLimit < 0 || unchanged < unchangedLimit) {
            shown.append(cookie);
            ++unchanged;
        } else if (hidden) {
            ++*hidden;
        }
    }
    // Removed cookies stay in the table, struck through, where they were.
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
        then.site, publishedVersions, inLanguage(then.texts, language), language, date);
    QHash<QString, const CharterRow *> publishedRows;
    for (const CharterBlock &block : published.blocks) {
        for (const CharterRow &row : block.rows)
            publishedRows.insert(row.key, &row);
    }
    QHash<QString, const Cookie *> current;
    for (const Cookie &cookie : std::as_const(shown))
        current.insert(keyOf(cookie), &cookie);
    // Fields the table does not show, noted under the name when they change.
    const QList<CookieField> unseen{CookieField::Category, CookieField::Party, CookieField::Domain,
                                    CookieField::Type, CookieField::ConsentExempt};
    for (CharterBlock &block : document.blocks) {
        for (CharterRow &row : block.rows) {
            if (removed.contains(row.key)) {
                row.mark = CharterRow::Mark::Removed;
                continue;
            }
            const auto index = old.constFind(row.key);
            if (index == old.constEnd()) {
                row.mark = CharterRow::Mark::Added;
                continue;
            }
            const CharterRow *was = publishedRows.value(row.key);
            if (!was)
                continue; // unchanged
            for (int column = 0; column < CharterDocument::ColumnCount; ++column) {
                const auto c = CharterDocument::Column(column);
                if (CharterDocument::cellText(*was, c) != CharterDocument::cellText(row, c))
                    row.before.insert(column, CharterDocument::cellText(*was, c));
            }
            const Cookie &a = then.cookies.at(*index);
            const Cookie &b = *current.value(row.key);
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
