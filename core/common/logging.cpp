// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "keyward.storage")
Q_LOGGING_CATEGORY(lcAuth, "keyward.auth")
Q_LOGGING_CATEGORY(lcCrypto, "keyward.crypto")
Q_LOGGING_CATEGORY(lcConfig, "keyward.config")
Q_LOGGING_CATEGORY(lcHttp, "keyward.http")
Q_LOGGING_CATEGORY(lcMail, "keyward.mail")
