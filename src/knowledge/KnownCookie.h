#pragma once

#include "Vocabulary.h"

#include <QString>

// One row of the cookie knowledge base (the Open Cookie Database): what is known about a cookie
// name, in the base's words and mapped to ours.
struct KnownCookie {
    QString id; // the base's own row id
    QString platform;
    QString name; // a name, or a prefix when `wildcard`
    bool wildcard = false;
    QString domain;
    QString categoryText;             // as the base says: Functional, Analytics, Marketing...
    std::optional<Category> category; // ours, when the base's maps to one
    QString description;
    QString retention; // as the base says: "1 year", "session", "Unknown"...
    QString duration;  // ours ("1 an", "session"), empty when the retention cannot be read
    QString controller;
    QString privacyUrl;
};
