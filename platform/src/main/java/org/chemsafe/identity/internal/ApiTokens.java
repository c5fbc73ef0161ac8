package org.chemsafe.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients: created and revoked by an enterprise administrator, scoped to one enterprise and a
 * purpose, stored as a SHA-256 hash and shown once. Verified tokens are cached briefly so that high-rate clients
 * (gateways, AI boxes) do not cost a query per request; a revoke clears the cache at once on this instance.
 */
@Service
@Transactional
class ApiTokens {

    static final String PREFIX = "cs_";
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final EnterpriseDirectory directory;
    private final EnterpriseAccess access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository tokens, EnterpriseDirectory directory, EnterpriseAccess access, Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    CreatedApiToken create(Actor actor, CreateApiTokenRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(UUID.randomUUID(), request.name(), request.purpose(), enterpriseId,
                token.substring(0, PREFIX.length() + 6), actor.name(), clock.instant(), request.expiresAt(), null, null);
        tokens.insert(stored, hash(token));
        return new CreatedApiToken(token,
                view(tokens.findVisible(stored.id(), DataScope.enterprise(enterpriseId)).orElseThrow()));
    }

    /** Issues a token for the platform's own client, revoking the enterprise's earlier ones of the name. */
    String replace(UUID enterpriseId, String name, ApiTokenPurpose purpose, Instant expiresAt) {
        tokens.revokeNamed(enterpriseId, name, clock.instant());
        return create(Actor.system(), new CreateApiTokenRequest(name, purpose, enterpriseId, expiresAt)).token();
    }

    @Transactional(readOnly = true)
    PageResult<ApiTokenView> list(Actor actor, PageQuery page) {
        return tokens.list(actor.scope(), page).map(this::view);
    }

    void revoke(Actor actor, UUID id) {
        ApiToken token = tokens.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("api-token", id));
        AuditTarget.concerns(token.enterpriseId());
        if (token.revokedAt() != null) {
            throw ProblemException.conflict("identity.token.already-revoked");
        }
        tokens.revoke(id, clock.instant());
        cache.values().removeIf(cached -> cached.token().id().equals(id));
    }

    /** The authentication of a presented token, if it is known, not revoked and not expired. */
    Optional<Authentication> authenticate(String presented) {
        if (!presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(presented);
        Cached cached = cache.get(hash);
        if (cached == null || cached.loadedAt().plus(CACHE_TTL).isBefore(now)) {
            Optional<ApiToken> found = tokens.findByHash(hash);
            if (found.isEmpty()) {
                cache.remove(hash);
                return Optional.empty();
            }
            cached = new Cached(found.get(), now, cached == null ? Instant.EPOCH : cached.touchedAt());
            cache.put(hash, cached);
        }
        ApiToken token = cached.token();
        if (!token.usableAt(now)) {
            return Optional.empty();
        }
        if (cached.touchedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(token.id(), now);
            cache.put(hash, new Cached(token, cached.loadedAt(), now));
        }
        Actor actor = new Actor(Actor.Kind.API_TOKEN, token.id(), "token:" + token.name(),
                DataScope.enterprise(token.enterpriseId()));
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                token.purpose().authorities().stream().map(SimpleGrantedAuthority::new).toList()));
    }

    private ApiTokenView view(ApiToken token) {
        return new ApiTokenView(token.id(), token.name(), token.purpose(), token.enterpriseId(),
                directory.findEnterprise(token.enterpriseId()).map(EnterpriseSummary::name).orElse(null),
                token.prefix(), token.createdBy(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                token.revokedAt());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private record Cached(ApiToken token, Instant loadedAt, Instant touchedAt) {
    }
}
