#pragma once

#include <QString>

// Lower case without accents, for matching words people type in either language
// ("Nécessaire" and "necessaire", "Durée" and "duree"). Fast for plain ASCII.
QString foldCaseAndAccents(const QString &text);
