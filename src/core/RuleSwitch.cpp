#include "RuleSwitch.h"

QJsonObject RuleSwitch::toJson() const {
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("by"), switchedBy},
            {QStringLiteral("at"), switchedAt}};
}

RuleSwitch RuleSwitch::fromJson(const QJsonObject &object) {
    RuleSwitch entry;
    entry.rule = object.value(QStringLiteral("rule")).toString();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.switchedBy = object.value(QStringLiteral("by")).toString();
    entry.switchedAt = object.value(QStringLiteral("at")).toString();
    return entry;
}
