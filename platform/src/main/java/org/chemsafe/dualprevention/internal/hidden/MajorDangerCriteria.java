package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;

import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The 20 criteria of a major hidden danger in chemical and hazardous-chemical enterprises, 《化工和危险化学品生产经营单位
 * 重大生产安全事故隐患判定标准（试行）》 (安监总管三〔2017〕121号), as data ({@value #FILE}, domain file §9): each item's
 * number, its group (人员要求 PEOPLE 1–2, 设备设施 EQUIPMENT 3–15, 安全管理 MANAGEMENT 16–20) and its text. Offered
 * when a hidden danger is graded 重大; the record keeps the number of the item it matches.
 */
@Component
class MajorDangerCriteria {

    static final String FILE = "dualprevention/major-hidden-danger-criteria.csv";
    static final String SOURCE = "安监总管三〔2017〕121号";

    /** One criterion: its number in the standard, its group, its text. */
    record Criterion(int code, String group, String text, String source) {
    }

    private final List<Criterion> criteria;

    MajorDangerCriteria() {
        criteria = ReferenceCsv.fromClasspath(FILE, List.of("code", "group", "text")).expectRows(20).rows().stream()
                .map(row -> new Criterion(row.integer("code"), row.text("group"), row.text("text"), SOURCE)).toList();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).code() != i + 1) {
                throw new IllegalStateException(FILE + ": the criteria must be numbered 1 to 20 in order");
            }
        }
    }

    List<Criterion> all() {
        return criteria;
    }

    boolean exists(int code) {
        return code >= 1 && code <= criteria.size();
    }
}
