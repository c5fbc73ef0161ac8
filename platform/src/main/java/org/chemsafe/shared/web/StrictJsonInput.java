package org.chemsafe.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses JSON input that the platform could not store faithfully, at the edge rather than in the database:
 * <ul>
 * <li>an integer given as a string ({@code "5"}) or a number with a fraction part ({@code 1.5}, {@code 2.0}): the
 * coercion configuration for integer targets fails both (Jackson would otherwise truncate or parse them);</li>
 * <li>a string containing NUL ({@code \u0000}), which PostgreSQL cannot store in text;</li>
 * <li>a date or time outside the years {@value #MIN_YEAR}–{@value #MAX_YEAR} (PostgreSQL timestamps end in year
 * 294276, and no date the platform handles lies outside this range).</li>
 * </ul>
 * A refused value is a {@link RefusedValue}, answered 400 naming the field.
 */
@Component
class StrictJsonInput implements JsonMapperBuilderCustomizer {

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.withCoercionConfig(LogicalType.Integer, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        builder.addModule(new SimpleModule("chemsafe-strict-input").setDeserializerModifier(new Checks()));
    }

    /** A value refused by one of the checks; {@link #messageKey()} says why in the caller's language. */
    static final class RefusedValue extends InvalidFormatException {

        private final String messageKey;

        RefusedValue(JsonParser parser, String messageKey, Object value, Class<?> targetType) {
            super(parser, messageKey, value, targetType);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Wraps the deserializers of strings and of dates and times with the checks above. */
    private static final class Checks extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || TemporalAccessor.class.isAssignableFrom(type)) {
                return new Checked(deserializer);
            }
            return deserializer;
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = _delegatee.deserialize(parser, context);
            String refusal = refusal(value);
            if (refusal != null) {
                throw new RefusedValue(parser, refusal, value, value.getClass());
            }
            return value;
        }
    }

    /** The message key saying why the value is refused, or null if it is fine. */
    static @Nullable String refusal(@Nullable Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0 ? "problem.field.nul-character" : null;
        }
        if (value instanceof TemporalAccessor time) {
            int year = time instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                    : time.isSupported(ChronoField.YEAR) ? time.get(ChronoField.YEAR) : MIN_YEAR;
            return year < MIN_YEAR || year > MAX_YEAR ? "problem.field.date-out-of-range" : null;
        }
        return null;
    }
}
