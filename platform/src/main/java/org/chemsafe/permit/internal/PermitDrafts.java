package org.chemsafe.permit.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts of permit applications, the state before 申请: the applicant keeps what is filled in so far (no rule checks
 * it yet) and submits it when complete, which applies for the permit exactly as {@code POST /api/v1/permits} does and
 * removes the draft in the same transaction (a refused application keeps its draft). The list is the caller's own
 * drafts; a draft's link opens for the enterprise's other applicants too (a shift hands an application over), and is a
 * 404 to other enterprises.
 */
@Service
@Transactional
class PermitDrafts {

    static final String RESOURCE = "permit-draft";
    /** The longest draft kept, as JSON text. */
    static final int MAX_CHARS = 64 * 1024;

    private final PermitDraftRepository drafts;
    private final WorkPermits permits;
    private final EnterpriseAccess access;
    private final RuleFindings findings;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;

    PermitDrafts(PermitDraftRepository drafts, WorkPermits permits, EnterpriseAccess access, RuleFindings findings,
            JsonMapper json, Validator validator, Clock clock) {
        this.drafts = drafts;
        this.permits = permits;
        this.access = access;
        this.findings = findings;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<PermitDraftView> own(Actor actor, PageQuery page) {
        return drafts.own(actor.id(), actor.scope(), page).map(this::view);
    }

    @Transactional(readOnly = true)
    PermitDraftView get(Actor actor, UUID id) {
        return view(visible(actor, id));
    }

    PermitDraftView create(Actor actor, JsonNode application) {
        UUID enterpriseId = access.ownerFor(actor, uuid(application.path("enterpriseId")));
        AuditTarget.concerns(enterpriseId);
        return save(actor, UUID.randomUUID(), enterpriseId, application);
    }

    PermitDraftView change(Actor actor, UUID id, JsonNode application) {
        return save(actor, id, visible(actor, id).enterpriseId(), application);
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        drafts.delete(id);
    }

    /** Applies for the permit the draft describes; the draft is gone once the permit is applied for. */
    PermitView submit(Actor actor, UUID id) {
        PermitDraft draft = visible(actor, id);
        PermitApplication application;
        try {
            application = json.readValue(draft.application(), PermitApplication.class);
        } catch (JacksonException unreadable) {
            throw findings.invalid("application", "Unreadable", "permit.draft.unreadable");
        }
        Set<ConstraintViolation<PermitApplication>> violations = validator.validate(application);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        PermitView permit = permits.apply(actor, application);
        drafts.delete(id);
        return permit;
    }

    private PermitDraftView save(Actor actor, UUID id, UUID enterpriseId, JsonNode application) {
        if (!application.isObject()) {
            throw findings.invalid("application", "Object", "permit.draft.not-an-object");
        }
        String text = json.writeValueAsString(application);
        if (text.length() > MAX_CHARS) {
            throw findings.invalid("application", "Size", "permit.draft.too-large");
        }
        String type = application.path("facts").path("type").asString(null);
        String location = application.path("location").asString(null);
        PermitDraft draft = new PermitDraft(id, enterpriseId, authorOf(id, actor), type != null && isType(type) ? type : null,
                location == null || location.isBlank() ? null : location.strip().substring(0,
                        Math.min(location.strip().length(), 200)), text, clock.instant());
        drafts.upsert(draft);
        return view(draft);
    }

    /** The draft's author: whoever kept it first. */
    private UUID authorOf(UUID id, Actor actor) {
        return drafts.findVisible(id, actor.scope()).map(PermitDraft::authorId).orElse(actor.id());
    }

    private PermitDraft visible(Actor actor, UUID id) {
        PermitDraft draft = drafts.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        AuditTarget.concerns(draft.enterpriseId());
        return draft;
    }

    private PermitDraftView view(PermitDraft draft) {
        return new PermitDraftView(draft.id(), draft.enterpriseId(), draft.type(), draft.location(),
                json.readTree(draft.application()), draft.updatedAt());
    }

    private static boolean isType(String type) {
        try {
            WorkType.valueOf(type);
            return true;
        } catch (IllegalArgumentException notAType) {
            return false;
        }
    }

    private @Nullable UUID uuid(JsonNode node) {
        try {
            return node.isString() ? UUID.fromString(node.asString()) : null;
        } catch (IllegalArgumentException notAnId) {
            throw findings.invalid("enterpriseId", "UUID", "permit.draft.enterprise");
        }
    }
}
