package org.chemsafe.identity.internal;

import java.time.Clock;

import org.chemsafe.identity.IdentityPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Browsers sign in with a session (HttpOnly cookie) and send Spring Security's cookie-to-header CSRF token
 * (XSRF-TOKEN cookie, X-XSRF-TOKEN header), bound to the session once signed in; machine clients send an API token
 * as a bearer and need no CSRF token. Every API path but login and the CSRF token needs an authenticated caller;
 * permissions are checked per method. Anonymous requests create no session (no saved request, no session-stored
 * CSRF token). The actuator, except the health probes, needs {@code management:read}: a platform administrator's
 * session or the configured metrics secret ({@link MetricsToken}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Scripts, styles, images and connections from the platform itself only. Element Plus sets inline styles, hence
     * 'unsafe-inline' for styles (never for scripts); site plans are shown from data: and blob: URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm id stored, so stronger encodings can be adopted later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new SessionBoundCsrfTokenRepository();
    }

    /**
     * The content-hashed static assets, first: public and cached for a year by browsers and shared caches, so their
     * answers carry no cookie (a response with Set-Cookie is not stored by shared caches) and create no session. The
     * default headers stay: no-store is added only where the resource handler set no Cache-Control (a missing asset).
     */
    @Bean
    @Order(1)
    SecurityFilterChain assetsFilterChain(HttpSecurity http) {
        http.securityMatcher("/assets/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contextRepository,
            CsrfTokenRepository csrfTokens, ProblemSecurityHandlers problemHandlers, ApiTokens tokens,
            MetricsToken metricsToken, UserRepository users, UserActors actors, Clock clock) {
        http
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .addFilterBefore(new SessionUserFilter(users, actors), CsrfFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, metricsToken, problemHandlers), CsrfFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/api/v1/auth/login", "/api/v1/auth/csrf").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasAuthority(IdentityPermissions.MANAGEMENT_READ)
                        .anyRequest().permitAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
