package org.chemsafe.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Publishes the permission codes every module declares ({@link ModulePermissions}) as the string enum schema
 * {@value #NAME}, sorted, and makes every array-of-strings property named {@code permissions} (the current user's,
 * a role's) an array of it, so clients get the codes from the same document as the rest of the API.
 */
@Component
class PermissionCodeSchema implements GlobalOpenApiCustomizer {

    static final String NAME = "PermissionCode";
    private static final String PROPERTY = "permissions";

    private final List<ModulePermissions> modules;

    PermissionCodeSchema(List<ModulePermissions> modules) {
        this.modules = modules;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.values().forEach(PermissionCodeSchema::referenceCodes);
        schemas.put(NAME, new StringSchema()._enum(codes())
                .description("A permission code declared by a backend module; see GET /api/v1/auth/me"));
    }

    List<String> codes() {
        return modules.stream().flatMap(module -> module.permissions().stream()).map(Permission::code).distinct()
                .sorted().toList();
    }

    private static void referenceCodes(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        Schema<?> property = properties == null ? null : properties.get(PROPERTY);
        if (property != null && isString(property.getItems())) {
            property.setItems(new Schema<>().$ref("#/components/schemas/" + NAME));
        }
    }

    private static boolean isString(Schema<?> items) {
        if (items == null || items.get$ref() != null) {
            return false;
        }
        Set<String> types = items.getTypes();
        return "string".equals(items.getType()) || types != null && types.equals(Set.of("string"));
    }
}
