package org.chemsafe.dualprevention.internal.register;

import java.util.List;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The 包保 checklist (《危险化学品企业重大危险源安全包保责任人隐患排查任务清单》) as data ({@value #FILE}): the items the
 * chief (work type 1, items 1–9), the technical lead (2, 1–9) and the operations lead (3, 1–10) check, each with its
 * cycle. The official item texts were not found (domain file major-hazards.md §11): the shipped items follow the
 * duties of 应急厅〔2021〕12号 第四条 to 第六条 and are platform defaults, as are the cycles of the chief (quarterly, not
 * fixed by any source) and the operations lead (weekly, [unverified]); the technical lead's quarter is 第五条's.
 * Checked at start-up: every role's items numbered 1 to its count, in order.
 */
@Component
class AccountableChecklist {

    static final String FILE = "dualprevention/accountable-checklist.csv";
    /** Items per work type 1, 2, 3 (the national exchange's taskNum ranges). */
    static final List<Integer> ITEMS = List.of(9, 9, 10);

    /** One item: whose, its number, how often, what to check. */
    record Item(int workType, int taskNum, int checkCycle, CycleUnit checkCycleUnit, String troubleshootContent) {
    }

    private final List<Item> items;

    AccountableChecklist() {
        items = ReferenceCsv.fromClasspath(FILE, List.of("workType", "taskNum", "checkCycle", "checkCycleUnit",
                "troubleshootContent")).expectRows(28).rows().stream()
                .map(row -> new Item(row.integer("workType"), row.integer("taskNum"), row.integer("checkCycle"),
                        CycleUnit.valueOf(row.text("checkCycleUnit")), row.text("troubleshootContent")))
                .toList();
        int index = 0;
        for (int workType = 1; workType <= ITEMS.size(); workType++) {
            for (int taskNum = 1; taskNum <= ITEMS.get(workType - 1); taskNum++) {
                Item item = items.get(index++);
                if (item.workType() != workType || item.taskNum() != taskNum) {
                    throw new IllegalStateException(FILE + ": expected work type " + workType + " item " + taskNum
                            + " in row " + index);
                }
            }
        }
    }

    List<Item> items() {
        return items;
    }
}
