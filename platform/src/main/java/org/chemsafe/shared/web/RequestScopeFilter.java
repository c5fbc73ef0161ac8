package org.chemsafe.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.RequestScope;
import org.chemsafe.shared.ScopeResolver;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the authenticated caller's scope once per request into {@link RequestScope}, and clears it after. It runs
 * right after the security filters, so the caller is known and its scope resolved before any handler reads data.
 */
class RequestScopeFilter extends OncePerRequestFilter {

    private final ScopeResolver resolver;

    RequestScopeFilter(ScopeResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentActor.find().ifPresent(actor -> RequestScope.set(actor.scope(), resolver.filterFor(actor.scope())));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestScope.clear();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<RequestScopeFilter> requestScopeFilter(ScopeResolver resolver) {
            FilterRegistrationBean<RequestScopeFilter> registration =
                    new FilterRegistrationBean<>(new RequestScopeFilter(resolver));
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
            return registration;
        }
    }
}
