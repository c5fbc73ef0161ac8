package org.chemsafe.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises' webhooks: managers set their own enterprise's (a name is unique in the enterprise); every read
 * names the caller's scope, so another enterprise's webhook is a 404.
 */
@Service
@Transactional
class Webhooks {

    private final WebhookRepository webhooks;
    private final EnterpriseAccess access;
    private final Problems problems;
    private final Clock clock;

    Webhooks(WebhookRepository webhooks, EnterpriseAccess access, Problems problems, Clock clock) {
        this.webhooks = webhooks;
        this.access = access;
        this.problems = problems;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<Webhook> list(Actor actor, @Nullable UUID enterpriseId, PageQuery page) {
        return webhooks.list(actor.scope(), enterpriseId, page);
    }

    @Transactional(readOnly = true)
    Webhook get(Actor actor, UUID id) {
        return visible(actor, id);
    }

    Webhook create(Actor actor, WebhookRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        return save(UUID.randomUUID(), enterpriseId, request, null);
    }

    Webhook change(Actor actor, UUID id, WebhookRequest request) {
        return save(id, visible(actor, id).enterpriseId(), request, id);
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        webhooks.delete(id);
    }

    private Webhook save(UUID id, UUID enterpriseId, WebhookRequest request, @Nullable UUID except) {
        String name = request.name().strip();
        if (webhooks.nameTaken(enterpriseId, name, except)) {
            throw ProblemException.conflict("notification.webhook.name-taken", name);
        }
        String secret = request.secret() == null ? null : request.secret().strip();
        if (request.format() == WebhookFormat.WECOM && secret != null && !secret.isEmpty()) {
            throw problems.invalid("secret", "notification.webhook.unsigned-format");
        }
        webhooks.upsert(new Webhook(id, enterpriseId, name, request.format(), request.url().strip(),
                request.severityFloor(), request.isEnabled(), false, clock.instant()), secret);
        return webhooks.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }

    private Webhook visible(Actor actor, UUID id) {
        Webhook webhook = webhooks.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("notification-webhook", id));
        AuditTarget.concerns(webhook.enterpriseId());
        return webhook;
    }
}
