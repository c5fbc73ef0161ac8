package org.chemsafe.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records are null-marked: a component without JSpecify's {@link Nullable} is never null, and Jackson writes every
 * component ({@code default-property-inclusion: always}). So in the OpenAPI document each such property is
 * {@code required}, and a {@code @Nullable} one may be {@code null} (its type, and its enum if any, gain
 * {@code null}; a referenced type becomes {@code anyOf: [$ref, null]}), which gives generated clients
 * {@code phone?: string | null} and {@code plan?: Plan | null} next to {@code id: string} instead of everything
 * optional.
 */
@Component
class RecordNullability implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Schema<?> model = schema == null ? null : modelOf(schema, context);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (model != null && model.getProperties() != null && raw.isRecord()) {
            apply(raw.getRecordComponents(), model);
        }
        return schema;
    }

    /** A type resolved as a reference ({@code $ref}) has its model among the context's defined ones. */
    private static @Nullable Schema<?> modelOf(Schema<?> schema, ModelConverterContext context) {
        String ref = schema.get$ref();
        return ref == null ? schema : context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static void apply(RecordComponent[] components, Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : components) {
            Schema<?> property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                required.remove(component.getName());
                properties.put(component.getName(), allowNull(property));
            } else {
                required.add(component.getName());
            }
        }
        schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    /**
     * The property's schema that also admits null: a {@code $ref} becomes {@code anyOf: [$ref, null]}, keeping the
     * property's name (a {@code @JsonUnwrapped} record's properties are copied into the outer model by name).
     */
    private static Schema<?> allowNull(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema<Object> nullable = new Schema<>();
            nullable.setName(property.getName());
            nullable.addAnyOfItem(new Schema<>().$ref(property.get$ref()));
            nullable.addAnyOfItem(new Schema<>().types(new LinkedHashSet<>(List.of("null"))));
            return nullable;
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : null;
        if (types != null) {
            types.add("null");
            property.setTypes(types);
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            allowNullInEnum(property);
        }
        return property;
    }

    /** Adds null to the enum (a copy: an enum from {@code @Schema(allowableValues)} is an unmodifiable list). */
    private static <T> void allowNullInEnum(Schema<T> property) {
        List<T> values = new ArrayList<>(property.getEnum());
        values.add(null);
        property.setEnum(values);
    }
}
