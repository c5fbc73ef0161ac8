package org.chemsafe.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final LoginService logins;
    private final CurrentUsers currentUsers;
    private final PasswordChanges passwordChanges;
    private final SecurityContextRepository contextRepository;
    private final CsrfTokenRepository csrfTokens;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    AuthController(LoginService logins, CurrentUsers currentUsers, PasswordChanges passwordChanges,
            SecurityContextRepository contextRepository, CsrfTokenRepository csrfTokens) {
        this.logins = logins;
        this.currentUsers = currentUsers;
        this.passwordChanges = passwordChanges;
        this.contextRepository = contextRepository;
        this.csrfTokens = csrfTokens;
    }

    @GetMapping("/csrf")
    @Operation(summary = "The CSRF token for state-changing browser requests (also set as the XSRF-TOKEN cookie)")
    CsrfTokenView csrf(CsrfToken token) {
        return new CsrfTokenView(token.getHeaderName(), token.getToken());
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with username and password; starts a session (HttpOnly cookie) and replaces the "
            + "CSRF token (a new XSRF-TOKEN cookie)")
    CurrentUserView login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
            HttpServletResponse response) {
        AuditRequestFilter.recordedByHandler(request); // the login service audits every attempt with its reason
        LoginService.SignedIn signedIn = logins.login(login.username(), login.password(), request.getRemoteAddr());
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(signedIn.authentication());
        contextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        SessionCredentials.bind(request.getSession(), signedIn.user().passwordHash());
        // a token known before login (perhaps planted) no longer works after it
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return currentUsers.view((Actor) signedIn.authentication().getPrincipal());
    }

    @PostMapping("/logout")
    @Operation(summary = "End the session")
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, contextHolder.getContext().getAuthentication());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user (or API token) with roles, permissions and data scope")
    CurrentUserView me() {
        return currentUsers.view(CurrentActor.get());
    }

    @PostMapping("/password")
    @Operation(summary = "Change one's own password, proving the current one; ends the user's other sessions")
    ResponseEntity<Void> changePassword(@Valid @RequestBody ChangePasswordRequest change, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        if (actor.kind() != Actor.Kind.USER) {
            throw ProblemException.forbidden("identity.password.users-only");
        }
        String hash = passwordChanges.changeOwn(actor.id(), change.currentPassword(), change.newPassword());
        SessionCredentials.bind(request.getSession(), hash);
        return ResponseEntity.noContent().build();
    }
}
