#pragma once

#include <QString>

// The operating-system user, recorded as author of every change.
QString currentUserName();
