// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationcontroller.h"

#include "accountcontroller.h"
#include "apierror.h"
#include "auth/browsersessions.h"
#include "auth/invitationservice.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "paging.h"

#include <QJsonArray>

namespace keyward {

namespace {

const QString kPagePath = QStringLiteral("/account/invitation");
const QString kAccountPath = QStringLiteral("/account/invitation/account");

QString workspaceParameter(const RequestContext &context)
{
    return context.request.pathParameters.value(QStringLiteral("id"));
}

} // namespace

InvitationController::InvitationController(Backend &backend) : m_backend(backend), m_cookies(backend)
{ }

void InvitationController::registerRoutes(Router &router)
{
    const Access bearer = Access::Bearer;
    const Access open = Access::Public;
    // clang-format off
    router.add({"POST",   QStringLiteral("/workspaces/{id}/invitations"),       bearer, {}, handler(this, &InvitationController::invite)});
    router.add({"GET",    QStringLiteral("/workspaces/{id}/invitations"),       bearer, {}, handler(this, &InvitationController::list)});
    router.add({"DELETE", QStringLiteral("/workspaces/{id}/invitations/{iid}"), bearer, {}, handler(this, &InvitationController::revoke)});
    router.add({"GET",    kPagePath,                                            open,   {}, handler(this, &InvitationController::page)});
    router.add({"POST",   kPagePath,                                            open,   {}, handler(this, &InvitationController::accept)});
    router.add({"POST",   kAccountPath,                                         open,   {}, handler(this, &InvitationController::createAccount), true});
    // clang-format on
}

HttpResponse InvitationController::invite(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    const QString email = JsonField::requiredString(body, "email");
    const QString role = JsonField::requiredString(body, "role");
    const Invitation invitation = orApiError(m_backend.invitations().invite(
        context.actor(), workspaceParameter(context), email, role, PageRenderer::languageOf(context.request)));
    return HttpResponse::json(invitation.toJson(), 201);
}

HttpResponse InvitationController::list(RequestContext &context)
{
    const Paging::IdRange range = Paging::IdRange::of(context.request);
    const IdPage<Invitation> page = orApiError(
        m_backend.invitations().list(context.actor(), workspaceParameter(context), range.after, range.limit));
    QJsonArray items;
    for (const Invitation &invitation : page.items)
        items.append(invitation.toJson());
    return Paging::listResponse(items, page.nextAfter);
}

HttpResponse InvitationController::revoke(RequestContext &context)
{
    orApiError(m_backend.invitations().revoke(context.actor(), workspaceParameter(context),
                                              context.numericParameter(QStringLiteral("iid"))));
    return HttpResponse::noContent();
}

HttpResponse InvitationController::message(const HttpRequest &request, const char *title, const QString &lead,
                                           int status, const QString &details) const
{
    return BrowserCookies::withPreSession(m_renderer.messagePage(request, title, lead, status, details), request,
                                          BrowserCookies::preSessionOf(request));
}

HttpResponse InvitationController::welcome(const HttpRequest &request, const QString &lead, int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    return message(request, QT_TRANSLATE_NOOP("WebPages", "Welcome"), lead, status,
                   QStringLiteral("<p><a href=\"/account\">%1</a></p>")
                       .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Go to your account")))));
}

HttpResponse InvitationController::unusable(const HttpRequest &request) const
{
    return message(request, QT_TRANSLATE_NOOP("WebPages", "This invitation does not work"),
                   m_renderer.languageFor(request).text(QT_TRANSLATE_NOOP(
                       "WebPages", "It was used already, it has expired or it was withdrawn. Ask for a new one.")),
                   400);
}

HttpResponse InvitationController::invitationPage(const HttpRequest &request, const QString &token,
                                                  const InvitationView &invitation, const QString &problem,
                                                  int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString preSession = BrowserCookies::preSessionOf(request);
    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    QString details = problem.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(htmlEscaped(problem));
    const QString invited = invitation.record.email;
    if (signIn && signIn->user.record.email.compare(invited, Qt::CaseInsensitive) == 0) {
        details
            += QStringLiteral("<form method=\"post\" action=\"%1\">\n<input type=\"hidden\" name=\"token\" "
                              "value=\"%2\">\n<input type=\"hidden\" name=\"csrf\" value=\"%3\">\n<div "
                              "class=\"actions\"><button class=\"primary\" type=\"submit\" autofocus>%4</button>"
                              "</div>\n</form>")
                   .arg(kPagePath, htmlEscaped(token), htmlEscaped(m_cookies.csrfToken(preSession, signIn->session.id)),
                        htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Join the workspace"))));
    } else if (invitation.accountExists) {
        const QString signInUrl
            = AccountController::signInUrl(m_backend.tokens().issuer(), signIn.has_value(), kPagePath, token);
        if (signIn)
            details += QStringLiteral("<p>%1</p>\n")
                           .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "You are signed in as %1."))
                                                .arg(signIn->user.record.email)));
        details += QStringLiteral("<p><a class=\"button\" href=\"%1\">%2</a></p>\n")
                       .arg(htmlEscaped(signInUrl),
                            htmlEscaped(
                                language.text(QT_TRANSLATE_NOOP("WebPages", "Sign in as %1 to join")).arg(invited)));
    } else {
        details += QStringLiteral("<form method=\"post\" action=\"%1\">\n<input type=\"hidden\" name=\"token\" "
                                  "value=\"%2\">\n<input type=\"hidden\" name=\"email\" value=\"%3\" "
                                  "autocomplete=\"username\">\n<label for=\"name\">%4</label>\n<input type=\"text\" "
                                  "id=\"name\" name=\"name\" autocomplete=\"name\" maxlength=\"200\" autofocus>\n%5"
                                  "<div class=\"actions\"><button class=\"primary\" type=\"submit\">%6</button></div>\n"
                                  "</form>")
                       .arg(kAccountPath, htmlEscaped(token), htmlEscaped(invited),
                            htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Your name"))),
                            PageRenderer::newPasswordField(
                                language, QStringLiteral("password"),
                                language.text(QT_TRANSLATE_NOOP("WebPages", "Choose a password")), false),
                            htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Create the account and join"))));
    }
    const QString lead = language
                             .text(QT_TRANSLATE_NOOP("WebPages",
                                                     "%1 is invited to the workspace %2 as %3. The invitation "
                                                     "works until %4 UTC."))
                             .arg(invited, invitation.workspace.name, invitation.record.role,
                                  invitation.record.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return BrowserCookies::withPreSession(
        m_renderer.messagePage(request, QT_TRANSLATE_NOOP("WebPages", "Invitation"), lead, status, details), request,
        preSession);
}

HttpResponse InvitationController::page(RequestContext &context)
{
    const QString token = context.request.queryFields().value(QStringLiteral("token"));
    const std::optional<InvitationView> invitation = m_backend.invitations().find(token);
    if (!invitation)
        return unusable(context.request);
    return invitationPage(context.request, token, *invitation, {}, 200);
}

HttpResponse InvitationController::accept(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QMap<QString, QString> form = request.formFields();
    const QString token = form.value(QStringLiteral("token"));
    const std::optional<InvitationView> invitation = m_backend.invitations().find(token);
    if (!invitation)
        return unusable(request);
    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    if (!signIn || !m_cookies.csrfHolds(request, form, signIn->session.id))
        return invitationPage(
            request, token, *invitation,
            m_renderer.languageFor(request).text(QT_TRANSLATE_NOOP("WebPages", "The form expired. Please try again.")),
            400);
    const Result<Membership> joined = m_backend.invitations().accept(token, signIn->user, request.clientAddress);
    if (!joined && joined.error().code == ErrorCode::AlreadyMember)
        return message(request, QT_TRANSLATE_NOOP("WebPages", "Already a member"),
                       m_renderer.languageFor(request)
                           .text(QT_TRANSLATE_NOOP("WebPages", "You are a member of %1 already."))
                           .arg(invitation->workspace.name),
                       409);
    if (!joined)
        return unusable(request);
    return welcome(request,
                   m_renderer.languageFor(request)
                       .text(QT_TRANSLATE_NOOP("WebPages", "You are now a member of %1, as %2."))
                       .arg(invitation->workspace.name, joined->record.role),
                   200);
}

HttpResponse InvitationController::createAccount(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QMap<QString, QString> form = request.formFields();
    const QString token = form.value(QStringLiteral("token"));
    const std::optional<InvitationView> invitation = m_backend.invitations().find(token);
    if (!invitation)
        return unusable(request);
    const Result<User> created = m_backend.invitations().acceptWithNewAccount(
        token, form.value(QStringLiteral("name")).left(200), form.value(QStringLiteral("password")),
        request.clientAddress, PageRenderer::languageOf(request));
    if (!created && created.error().code == ErrorCode::WeakPassword)
        return invitationPage(request, token, *invitation, created.error().message, 400);
    if (!created && created.error().code == ErrorCode::EmailTaken) { // made meanwhile: sign in instead
        const std::optional<InvitationView> again = m_backend.invitations().find(token);
        return again ? invitationPage(request, token, *again, {}, 409) : unusable(request);
    }
    if (!created)
        return unusable(request);
    return welcome(request,
                   m_renderer.languageFor(request)
                       .text(QT_TRANSLATE_NOOP("WebPages", "Your account %1 is ready and a member of %2, as %3."))
                       .arg(created->record.email, invitation->workspace.name, invitation->record.role),
                   201);
}

} // namespace keyward
