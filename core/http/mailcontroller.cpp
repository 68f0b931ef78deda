// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcontroller.h"

#include "apierror.h"
#include "backend/backend.h"
#include "mail/mailoutbox.h"
#include "paging.h"

#include <QJsonArray>

namespace keyward {

void MailController::registerRoutes(Router &router)
{
    const Access by = Access::Permission;
    const QString write = QStringLiteral("settings.write");
    // clang-format off
    router.add({"POST", QStringLiteral("/admin/mail/test"),               by, write, handler(this, &MailController::sendTest)});
    router.add({"GET",  QStringLiteral("/admin/mail/outbox"),             by, write, handler(this, &MailController::outbox)});
    router.add({"POST", QStringLiteral("/admin/mail/outbox/{id}/retry"),  by, write, handler(this, &MailController::retry)});
    // clang-format on
}

HttpResponse MailController::sendTest(RequestContext &context)
{
    const QString to = JsonField::requiredString(context.request.jsonObject(), "to");
    const OutboxRecord message = orApiError(m_backend.mail().sendTest(context.actor(), to));
    return HttpResponse::json(MailOutbox::toJson(message), 202);
}

HttpResponse MailController::outbox(RequestContext &context)
{
    const QString stateName = context.request.queryFields().value(QStringLiteral("state"));
    std::optional<OutboxRecord::State> state;
    if (!stateName.isEmpty()) {
        state = outboxStateNamed(stateName);
        if (!state)
            throw ApiError::invalidRequest(QStringLiteral("state must be pending, failed or sent"));
    }
    const Paging::IdRange range = Paging::IdRange::of(context.request);
    std::vector<OutboxRecord> messages = m_backend.mail().list(state, range.after, range.limit + 1);
    const bool more = messages.size() > size_t(range.limit);
    if (more)
        messages.pop_back();
    QJsonArray items;
    for (const OutboxRecord &message : messages)
        items.append(MailOutbox::toJson(message));
    return Paging::listResponse(items, more ? std::optional<qint64>(messages.back().id) : std::nullopt);
}

HttpResponse MailController::retry(RequestContext &context)
{
    const OutboxRecord message
        = orApiError(m_backend.mail().retry(context.actor(), context.numericParameter(QStringLiteral("id"))));
    return HttpResponse::json(MailOutbox::toJson(message), 202);
}

} // namespace keyward
