package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.ReferenceCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The fields of the Appendix A forms of GB 30871-2022 (domain notes 12.1 and 12.3), as data in
 * {@code permit/form-fields.csv}: those every form has (作业申请单位, 作业单位, 作业负责人, 风险辨识结果, 安全交底人 and 接受交底人)
 * and each type's own (e.g. 动火部位 and 动火方式; the blind plate's pipe and plate parameters; the lifting roles; the
 * supply point and power of temporary power). The form's other fields are the application's columns (location,
 * content, guardian, the planned period as 作业实施时间, the time applied as 作业申请时间) and its records. An application
 * gives them in {@code details}; {@link #check} names each bad one as {@code details.<key>}.
 */
@Component
class FormFields {

    static final String RESOURCE = "permit/form-fields.csv";
    private static final String ALL = "ALL";

    private final Map<WorkType, List<FormField>> byType = new EnumMap<>(WorkType.class);

    FormFields() {
        List<FormField> common = new ArrayList<>();
        Map<WorkType, List<FormField>> own = new EnumMap<>(WorkType.class);
        for (ReferenceCsv.Row row : ReferenceCsv.fromClasspath(RESOURCE, List.of("type", "key", "kind", "required",
                "max", "choices", "label")).rows()) {
            String max = row.optional("max");
            FormField field = new FormField(row.text("key"), FormField.Kind.valueOf(row.text("kind")),
                    Boolean.parseBoolean(row.text("required")), max == null ? null : Double.valueOf(max),
                    row.isEmpty("choices") ? List.of() : List.of(row.text("choices").split("\\|")), row.text("label"));
            if (row.text("type").equals(ALL)) {
                common.add(field);
            } else {
                own.computeIfAbsent(WorkType.valueOf(row.text("type")), type -> new ArrayList<>()).add(field);
            }
        }
        for (WorkType type : WorkType.values()) {
            List<FormField> fields = new ArrayList<>(common);
            fields.addAll(own.getOrDefault(type, List.of()));
            byType.put(type, List.copyOf(fields));
        }
    }

    /** The type's form fields: the common ones, then its own, in the form's order. */
    List<FormField> of(WorkType type) {
        return byType.get(type);
    }

    /** What is wrong with the details for the type's form, field by field (empty when nothing is). */
    Map<String, String> check(WorkType type, Map<String, String> details) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, FormField> fields = new LinkedHashMap<>();
        of(type).forEach(field -> fields.put(field.key(), field));
        details.keySet().stream().filter(key -> !fields.containsKey(key))
                .forEach(key -> problems.put("details." + key, "permit.form.unknown"));
        for (FormField field : fields.values()) {
            String value = details.get(field.key());
            @Nullable String problem = value == null || value.isBlank() ? (field.required() ? "permit.form.required" : null)
                    : problemOf(field, value.strip());
            if (problem != null) {
                problems.put("details." + field.key(), problem);
            }
        }
        return problems;
    }

    /** The details as stored: stripped, blank ones left out, in the form's order. */
    Map<String, String> cleaned(WorkType type, Map<String, String> details) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        for (FormField field : of(type)) {
            String value = details.get(field.key());
            if (value != null && !value.isBlank()) {
                cleaned.put(field.key(), value.strip());
            }
        }
        return cleaned;
    }

    private static @Nullable String problemOf(FormField field, String value) {
        switch (field.kind()) {
            case CHOICE:
                return field.choices().contains(value) ? null : "permit.form.choice";
            case NUMBER:
                try {
                    BigDecimal number = new BigDecimal(value);
                    return number.signum() < 0 || field.max() != null && number.doubleValue() > field.max()
                            ? "permit.form.number-range" : null;
                } catch (NumberFormatException notANumber) {
                    return "permit.form.number";
                }
            default:
                return field.max() != null && value.codePointCount(0, value.length()) > field.max()
                        ? "permit.form.too-long" : null;
        }
    }
}
