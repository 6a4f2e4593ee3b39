// The charter's texts of a site, and the rules it switched off: each write version-checked.
#include "Store.h"

#include "StoreRows.h"

#include "Rules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace StoreRows;

QList<CharterText> Store::charterTexts(qint64 siteId, const QString &language,
                                       QString *error) const {
    QList<CharterText> texts;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT section, body, version, updated_at, updated_by FROM charter_text "
                       "WHERE site_id = ? AND lang = ? ORDER BY section"));
    query.addBindValue(siteId);
    query.addBindValue(text(language));
    if (!query.exec()) {
        if (error)
            *error = readFailure(query.lastError().text());
        return texts;
    }
    while (query.next()) {
        CharterText entry;
        entry.siteId = siteId;
        entry.language = language;
        entry.section = query.value(0).toString();
        entry.body = query.value(1).toString();
        entry.version = query.value(2).toLongLong();
        entry.updatedAt = query.value(3).toString();
        entry.updatedBy = query.value(4).toString();
        texts.append(entry);
    }
    return texts;
}

QList<CharterText> Store::allCharterTexts(qint64 siteId, QString *error) const {
    QList<CharterText> texts;
    for (const QString &language : Vocabulary::languages()) {
        QString failure;
        texts += charterTexts(siteId, language, &failure);
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return {};
        }
    }
    return texts;
}

QList<RuleSwitch> Store::ruleSwitches(qint64 siteId, QString *error) const {
    QList<RuleSwitch> switches;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT rule, reason, switched_at, switched_by, version FROM "
                                 "rule_switch WHERE site_id = ? ORDER BY rule"));
    query.addBindValue(siteId);
    if (!query.exec()) {
        if (error)
            *error = readFailure(query.lastError().text());
        return switches;
    }
    while (query.next())
        switches.append({siteId, query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toLongLong()});
    return switches;
}

namespace {

std::optional<RuleSwitch> findSwitch(const QList<RuleSwitch> &switches, const QString &rule) {
    for (const RuleSwitch &entry : switches) {
        if (entry.rule == rule)
            return entry;
    }
    return std::nullopt;
}

} // namespace

WriteResult Store::switchRuleOff(RuleSwitch &entry) {
    if (!Rules::find(entry.rule))
        return WriteResult::failure(
            WriteResult::Status::Invalid,
            tr("there is no rule \"%1\" (see validate --rules)").arg(entry.rule));
    if (entry.reason.trimmed().isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid,
                                    tr("a rule is switched off with a reason"));
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const std::optional<Site> site = this->site(entry.siteId, &error);
        const QList<RuleSwitch> switches =
            error.isEmpty() ? ruleSwitches(entry.siteId, &error) : QList<RuleSwitch>();
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!site)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("site #%1 does not exist").arg(entry.siteId));
        const std::optional<RuleSwitch> stored = findSwitch(switches, entry.rule);
        if ((stored ? stored->version : 0) != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                stored ? tr("rule %1 was switched off by %2 since you read it (\"%3\"); your "
                            "change was not saved")
                             .arg(entry.rule, stored->switchedBy, stored->reason)
                       : tr("rule %1 was switched back on by someone else since you read it; "
                            "your change was not saved")
                             .arg(entry.rule));
        QSqlQuery query(database());
        if (stored) {
            query.prepare(QStringLiteral(
                "UPDATE rule_switch SET reason = ?, switched_at = ?, switched_by = ?, "
                "version = version + 1 WHERE site_id = ? AND rule = ? AND version = ?"));
        } else {
            query.prepare(QStringLiteral("INSERT INTO rule_switch (reason, switched_at, "
                                         "switched_by, site_id, rule, version) "
                                         "VALUES (?, ?, ?, ?, ?, 1)"));
        }
        query.addBindValue(text(entry.reason.trimmed()));
        query.addBindValue(nowText());
        query.addBindValue(m_user);
        query.addBindValue(entry.siteId);
        query.addBindValue(text(entry.rule));
        if (stored)
            query.addBindValue(entry.version);
        if (!query.exec())
            return failureFrom(query);
        if (!audit(QStringLiteral("update"), QStringLiteral("rule"), 0, entry.siteId,
                   tr("rule %1 switched off: %2").arg(entry.rule, entry.reason.trimmed()),
                   stored ? stored->reason : QString(), entry.reason.trimmed()))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        m_pendingSignals.append([this, siteId] { Q_EMIT ruleSwitchesChanged(siteId); });
        return {};
    });
    if (result.ok()) {
        if (const auto fresh = findSwitch(ruleSwitches(entry.siteId), entry.rule))
            entry = *fresh;
    }
    return result;
}

WriteResult Store::switchRuleOn(const RuleSwitch &entry) {
    return runWrite([&]() -> WriteResult {
        QString error;
        const QList<RuleSwitch> switches = ruleSwitches(entry.siteId, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        const std::optional<RuleSwitch> stored = findSwitch(switches, entry.rule);
        if (!stored)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("rule %1 is not switched off").arg(entry.rule));
        if (stored->version != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("the switch of rule %1 was changed by %2 since you read it; it was left off")
                    .arg(entry.rule, stored->switchedBy));
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "DELETE FROM rule_switch WHERE site_id = ? AND rule = ? AND version = ?"));
        query.addBindValue(entry.siteId);
        query.addBindValue(text(entry.rule));
        query.addBindValue(entry.version);
        if (!query.exec())
            return failureFrom(query);
        if (!audit(QStringLiteral("delete"), QStringLiteral("rule"), 0, entry.siteId,
                   tr("rule %1 switched back on").arg(entry.rule), stored->reason, QString()))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        m_pendingSignals.append([this, siteId] { Q_EMIT ruleSwitchesChanged(siteId); });
        return {};
    });
}

bool Store::insertCharterText(qint64 siteId, const QString &language, const QString &section,
                              const QString &body, QString *error) {
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral(
        "INSERT INTO charter_text (site_id, lang, section, body, updated_at, updated_by, "
        "version) VALUES (?, ?, ?, ?, ?, ?, 1)"));
    insert.addBindValue(siteId);
    insert.addBindValue(text(language));
    insert.addBindValue(text(section));
    insert.addBindValue(text(body));
    insert.addBindValue(nowText());
    insert.addBindValue(m_user);
    if (insert.exec())
        return true;
    *error = insert.lastError().text();
    return false;
}

namespace {

std::optional<CharterText> findText(const QList<CharterText> &texts, const QString &section) {
    for (const CharterText &entry : texts) {
        if (entry.section == section)
            return entry;
    }
    return std::nullopt;
}

} // namespace

WriteResult Store::setCharterText(CharterText &entry) {
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const bool siteExists = site(entry.siteId, &error).has_value();
        const QList<CharterText> texts = error.isEmpty()
                                             ? charterTexts(entry.siteId, entry.language, &error)
                                             : QList<CharterText>();
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!siteExists)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("site #%1 does not exist").arg(entry.siteId));
        const std::optional<CharterText> stored = findText(texts, entry.section);
        const qint64 storedVersion = stored ? stored->version : 0;
        if (storedVersion != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("the %1 text \"%2\" was changed by %3 since you read it; your change was not "
                   "saved")
                    .arg(entry.language, entry.section,
                         stored ? stored->updatedBy : tr("someone else")));
        QSqlQuery query(database());
        if (stored) {
            query.prepare(
                QStringLiteral("UPDATE charter_text SET body = ?, updated_at = ?, updated_by = ?, "
                               "version = version + 1 WHERE site_id = ? AND lang = ? AND "
                               "section = ? AND version = ?"));
            query.addBindValue(text(entry.body));
            query.addBindValue(nowText());
            query.addBindValue(m_user);
            query.addBindValue(entry.siteId);
            query.addBindValue(text(entry.language));
            query.addBindValue(text(entry.section));
            query.addBindValue(entry.version);
        } else {
            if (!insertCharterText(entry.siteId, entry.language, entry.section, entry.body, &error))
                return WriteResult::failure(WriteResult::Status::Failed,
                                            tr("store error: %1").arg(error));
        }
        if (stored && !query.exec())
            return failureFrom(query);
        if (!audit(QStringLiteral("update"), QStringLiteral("text"), 0, entry.siteId,
                   tr("charter text %1 (%2) changed").arg(entry.section, entry.language),
                   stored ? stored->body : QString(), entry.body))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        const QString language = entry.language;
        m_pendingSignals.append(
            [this, siteId, language] { Q_EMIT charterTextChanged(siteId, language); });
        return {};
    });
    if (result.ok()) {
        if (const auto fresh = findText(charterTexts(entry.siteId, entry.language), entry.section))
            entry = *fresh;
    }
    return result;
}

WriteResult Store::resetCharterText(const CharterText &entry) {
    return runWrite([&]() -> WriteResult {
        QString error;
        const QList<CharterText> texts = charterTexts(entry.siteId, entry.language, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        const std::optional<CharterText> stored = findText(texts, entry.section);
        if (!stored)
            return {}; // already the default
        if (stored->version != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("the %1 text \"%2\" was changed by %3 since you read it; it was not reset")
                    .arg(entry.language, entry.section, stored->updatedBy));
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM charter_text WHERE site_id = ? AND lang = ? AND "
                                     "section = ? AND version = ?"));
        query.addBindValue(entry.siteId);
        query.addBindValue(text(entry.language));
        query.addBindValue(text(entry.section));
        query.addBindValue(entry.version);
        if (!query.exec())
            return failureFrom(query);
        if (!audit(
                QStringLiteral("delete"), QStringLiteral("text"), 0, entry.siteId,
                tr("charter text %1 (%2) reset to the default").arg(entry.section, entry.language),
                stored->body, QString()))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        const QString language = entry.language;
        m_pendingSignals.append(
            [this, siteId, language] { Q_EMIT charterTextChanged(siteId, language); });
        return {};
    });
}
