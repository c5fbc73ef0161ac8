package org.chemsafe.shared.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of workbooks, from the message bundles. Files are written in Chinese whatever the caller's language, so
 * that they can be passed around; on import, sheet names, headers and list values are also recognised in English and
 * by their codes.
 */
@Component
public class ExcelLabels {

    /** The language of the files. */
    public static final Locale FILE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> READ = List.of(FILE, Locale.ENGLISH);

    private final MessageSource messages;

    ExcelLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The message in the files' language (the key itself when there is none). */
    public String file(String key, Object... args) {
        return messages.getMessage(key, args, key, FILE);
    }

    /** The message in the files' language, or null when the bundle has none (an optional note). */
    public @Nullable String optional(String key) {
        return messages.getMessage(key, null, null, FILE);
    }

    /** The names something is recognised by: its code and its message in each language read, as keys. */
    public Set<String> names(String messageKey, String code) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(CellText.key(code));
        for (Locale locale : READ) {
            keys.add(CellText.key(messages.getMessage(messageKey, null, code, locale)));
        }
        return keys;
    }

    /** A list of codes whose labels are the messages {@code prefix + code}. */
    public Choices choices(String prefix, List<String> codes) {
        List<String> labels = new ArrayList<>();
        Map<String, String> byName = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (String code : codes) {
            String label = file(prefix + code);
            labels.add(label);
            labelOf.put(code, label);
            names(prefix + code, code).forEach(name -> byName.put(name, code));
        }
        return new Choices(labels, byName, labelOf);
    }

    /** The codes of an enum's constants, in order. */
    public static List<String> codes(Enum<?>[] values) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> value : values) {
            codes.add(value.name());
        }
        return codes;
    }

    /** A sheet whose headers are the messages {@code prefix + field}. */
    public SheetLabels sheet(String prefix) {
        return new SheetLabels() {
            @Override
            public String header(ColumnSpec column) {
                return file(prefix + column.field());
            }

            @Override
            public Set<String> headerNames(ColumnSpec column) {
                return names(prefix + column.field(), column.field());
            }
        };
    }
}
