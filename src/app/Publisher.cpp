#include "Publisher.h"

#include "AtomicFile.h"
#include "CharterFiles.h"
#include "RegistryCsv.h"
#include "RegistryJson.h"
#include "ReviewFlow.h"
#include "Store.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Publisher", text);
}

} // namespace

namespace Publisher {

QString snapshot(const Store::SiteState &state) {
    QByteArray json;
    RegistryJson::beginDocument(json);
    RegistryJson::beginSite(json, state.site, true, state.texts, state.ruleSwitches);
    bool first = true;
    for (const Cookie &cookie : state.cookies) {
        RegistryJson::appendCookie(json, cookie, first);
        first = false;
    }
    RegistryJson::endSite(json);
    RegistryJson::endDocument(json);
    return QString::fromUtf8(json);
}

Outcome publish(const Store &source, const Site &wanted, Store &target, const Options &options) {
    Outcome outcome;
    if (source.role() == Store::Role::Reviewer || target.role() == Store::Role::Reviewer) {
        outcome.status = Outcome::Status::Failed;
        outcome.message = tr("not allowed: a reviewer approves a charter but does not publish "
                             "it; nothing was written");
        return outcome;
    }
    Store::SiteState state;
    QString readError;
    if (!source.readSiteState(wanted.id, &state, &readError)) {
        outcome.status = Outcome::Status::Failed;
        outcome.message = readError;
        return outcome;
    }
    const Site &site = state.site;
    const QList<Cookie> &cookies = state.cookies;
    for (const Cookie &cookie : cookies)
        outcome.cookieNames.insert(cookie.id, cookie.name);
    outcome.problems = Validator::checkRegistry(site, cookies);
    // Only a recorded rule switch sets a rule's errors aside; the publication records it.
    Validator::applySwitches(outcome.problems, state.ruleSwitches);
    int errors = 0;
    QStringList rules;
    QStringList names;
    for (const Problem &problem : outcome.problems) {
        if (!problem.isError())
            continue;
        ++errors;
        if (!rules.contains(problem.rule))
            rules.append(problem.rule);
        const QString name = outcome.cookieNames.value(problem.cookieId);
        if (!names.contains(name) && names.size() < 10)
            names.append(name);
    }
    if (errors > 0) {
        // --force republishes an unchanged registry; it never publishes one with errors.
        outcome.status = Outcome::Status::Refused;
        outcome.message =
            tr("the registry of %1 has %2 error(s) (rules %3; cookies %4); fix them "
               "before publishing")
                .arg(site.name)
                .arg(errors)
                .arg(rules.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
        return outcome;
    }

    Publication publication;
    publication.site = site.name;
    publication.note = options.note;
    publication.cookieCount = int(cookies.size());
    publication.registryJson = snapshot(state);
    publication.ruleSwitches = state.ruleSwitches;
    const QList<Publication> history = target.publications(site.name);
    if (!history.isEmpty() && !options.force &&
        history.constLast().registrySha256 ==
            Publication::sha256(publication.registryJson.toUtf8())) {
        outcome.status = Outcome::Status::NothingChanged;
        outcome.publication = history.constLast();
        outcome.message = tr("nothing changed since publication %1 of %2; nothing was published "
                             "(use --force to publish anyway)")
                              .arg(history.constLast().seq)
                              .arg(site.name);
        return outcome;
    }

    // A site with a review policy publishes only a state someone else approved; an approval of
    // this very state goes into the record whatever the policy.
    {
        const QString since = history.isEmpty() ? QString() : history.constLast().publishedAt;
        // The policy in force is the stricter of the site's and the last publication's: switching
        // the policy off is itself a change that needs an approval before it counts.
        bool wasStrict = false;
        if (!history.isEmpty()) {
            const std::optional<Publication> last =
                target.publication(site.name, history.constLast().seq, false);
            wasStrict = last && ReviewFlow::snapshotNeedsApproval(last->registryJson);
        }
        QString why;
        const std::optional<Review> approved = ReviewFlow::validApproval(
            source, site, Publication::sha256(publication.registryJson.toUtf8()), since, &why);
        if (approved) {
            publication.approval = Approval::from(*approved);
        } else if (site.reviewPolicy == Site::ReviewPolicy::Approval || wasStrict) {
            outcome.status = Outcome::Status::Refused;
            outcome.message = why;
            if (site.reviewPolicy != Site::ReviewPolicy::Approval)
                outcome.message +=
                    tr(" (the review policy was switched off after publication %1; switching it "
                       "off needs an approval too)")
                        .arg(history.constLast().seq);
            return outcome;
        }
    }

    // The files are made before the store is locked: the lock is held only to append them.
    const QList<CharterFiles::Format> formats{
        CharterFiles::Format::Html, CharterFiles::Format::HtmlFragment,
        CharterFiles::Format::Markdown, CharterFiles::Format::Pdf};
    // One language per thread: laying out a PDF is most of the work, and the machine has cores.
    // The documents come from the cookies read above, not from a second read of the store.
    QList<CharterDocument> documents;
    for (const QString &language : site.languages) {
        QList<CharterText> texts;
        for (const CharterText &text : state.texts) {
            if (text.language == language)
                texts.append(text);
        }
        documents.append(
            CharterDocument::build(site, cookies, texts, language, QDate::currentDate()));
    }
    // QThreads, not std::async: QTextDocument starts timers, which need a QThread.
    QList<QList<PublicationFile>> rendered(documents.size());
    // Each worker releases its files when done, and the main thread acquires them after wait():
    // QThread::wait() already orders the two, but in a way ThreadSanitizer cannot see.
    std::vector<std::atomic<bool>> finished(size_t(documents.size()));
    std::vector<std::unique_ptr<QThread>> workers;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        workers.emplace_back(QThread::create([&formats, &documents, &rendered, &finished, i] {
            const CharterDocument &document = documents.at(i);
            for (CharterFiles::Format format : formats) {
                PublicationFile file;
                file.name = QStringLiteral("charte-cookies.") + document.language +
                            CharterFiles::suffix(format);
                file.language = document.language;
                file.format = CharterFiles::name(format);
                file.content = CharterFiles::render(document, format);
                rendered[i].append(file);
            }
            finished[size_t(i)].store(true, std::memory_order_release);
        }));
        workers.back()->start();
    }
    bool cancelled = false;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        workers.at(size_t(i))->wait(); // every worker is waited for, cancelled or not
        finished[size_t(i)].load(std::memory_order_acquire);
        publication.files += rendered.at(i);
        if (options.progress && !options.progress(double(i + 1) / double(documents.size() + 1)))
            cancelled = true;
    }
    if (cancelled) {
        outcome.status = Outcome::Status::Cancelled;
        outcome.message = tr("publishing cancelled; nothing was written");
        return outcome;
    }
    PublicationFile json;
    json.name = QStringLiteral("registry.json");
    json.format = QStringLiteral("json");
    json.content = publication.registryJson.toUtf8();
    publication.files.append(json);
    PublicationFile csv;
    csv.name = QStringLiteral("registry.csv");
    csv.format = QStringLiteral("csv");
    RegistryCsv::appendHeader(csv.content);
    for (const Cookie &cookie : cookies)
        RegistryCsv::appendCookie(csv.content, site.name, cookie);
    publication.files.append(csv);

    const WriteResult written = target.addPublication(publication);
    if (!written.ok()) {
        outcome.status = Outcome::Status::Failed;
        outcome.message = written.message;
        return outcome;
    }
    outcome.status = Outcome::Status::Published;
    outcome.publication = publication;
    outcome.message = tr("published %1 as publication %2 (%3 files) in %4")
                          .arg(site.name)
                          .arg(publication.seq)
                          .arg(publication.files.size())
                          .arg(target.path());
    return outcome;
}

bool saveFiles(const Publication &publication, const QString &folder, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QList<std::pair<QString, QByteArray>> files;
    for (const PublicationFile &file : publication.files) {
        if (Publication::sha256(file.content) != file.sha256)
            return fail(tr("the file %1 of publication %2 is damaged (its SHA-256 differs); run "
                           "verify")
                            .arg(file.name)
                            .arg(publication.seq));
        files.append({QDir(folder).filePath(file.name), file.content});
    }
    if (!QDir().mkpath(folder))
        return fail(tr("cannot create the folder %1").arg(folder));
    QString cause;
    int written = 0;
    if (AtomicFile::writeAll(files, &cause, &written))
        return true;
    if (written == 0)
        return fail(
            tr("%1; no file of publication %2 was written").arg(cause).arg(publication.seq));
    return fail(tr("%1; %2 of the %3 files of publication %4 were written before it")
                    .arg(cause)
                    .arg(written)
                    .arg(files.size())
                    .arg(publication.seq));
}

CharterDocument publishedCharter(const Publication &publication, const QString &language) {
    QList<Site> sites;
    QList<ImportRecord> records;
    QHash<QString, QList<CharterText>> texts;
    QString error;
    if (!RegistryJson::read(publication.registryJson.toUtf8(), &sites, &records, &error, &texts) ||
        sites.isEmpty())
        return CharterDocument();
    QList<Cookie> cookies;
    for (const ImportRecord &record : records)
        cookies.append(record.cookie);
    QList<CharterText> own;
    for (const CharterText &text : texts.value(sites.constFirst().name)) {
        if (text.language == language)
            own.append(text);
    }
    const QDate date = QDateTime::fromString(publication.publishedAt, Qt::ISODate).date();
    return CharterDocument::build(sites.constFirst(), cookies, own, language, date);
}

} // namespace Publisher
