package org.chemsafe.shared.web;

import java.util.List;

import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Keeps {@code /v3/api-docs} the same on every run, so the committed copy ({@code web/openapi/chemsafe.json}, from
 * which the web app's types are generated) only changes when the API does: the server is the relative {@code /}
 * instead of the URL the request came in on, and each operation id is its controller and method
 * ({@code UserController.search} → {@code userSearch}) instead of springdoc's scan-order suffixes ({@code search_3}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    GlobalOpenApiCustomizer relativeServer() {
        return openApi -> openApi.setServers(List.of(new Server().url("/")));
    }

    @Bean
    GlobalOperationCustomizer controllerOperationIds() {
        return (operation, handler) -> operation.operationId(operationId(handler.getBeanType().getSimpleName(),
                handler.getMethod().getName()));
    }

    static String operationId(String controller, String method) {
        String resource = controller.endsWith("Controller")
                ? controller.substring(0, controller.length() - "Controller".length())
                : controller;
        return StringUtils.uncapitalize(resource) + StringUtils.capitalize(method);
    }
}
