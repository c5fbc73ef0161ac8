package org.chemsafe.enterprise.internal.chemical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.enterprise.CasNumber;
import org.junit.jupiter.api.Test;

/** The GB 18218-2018 reference tables are read as the standard prints them, and a malformed table stops the start. */
class Gb18218TablesTests {

    private static final String CHLORINE = "12,氯,液氯;氯气,7782-50-5,5";

    @Test
    void readsAll85RowsOfTable1() {
        List<Table1Row> rows = Gb18218Table1.load();
        assertThat(rows).hasSize(85);
        assertThat(rows).extracting(Table1Row::seq).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 85).boxed().toList());
        Table1Row chlorine = rows.get(11);
        assertThat(chlorine.name()).isEqualTo("氯");
        assertThat(chlorine.aliases()).containsExactly("液氯", "氯气");
        assertThat(chlorine.casNumbers()).containsExactly(new CasNumber("7782-50-5"));
        assertThat(chlorine.criticalTonnes()).isEqualByComparingTo("5");
        assertThat(rows.get(5).criticalTonnes()).as("phosgene").isEqualByComparingTo("0.3");
    }

    @Test
    void keepsQuotedNamesSeveralCasNumbersAndMissingOnes() {
        List<Table1Row> rows = Gb18218Table1.load();
        assertThat(rows.get(20).name()).isEqualTo("1-氯-2,3-环氧丙烷");
        assertThat(rows.get(48).aliases()).as("a name listing two substances").containsExactly("甲烷", "天然气");
        assertThat(rows.get(48).casNumbers()).extracting(CasNumber::value).containsExactly("74-82-8", "8006-14-2");
        assertThat(rows.get(51).casNumbers()).extracting(CasNumber::value)
                .containsExactly("68476-85-7", "74-98-6", "106-97-8");
        assertThat(rows.get(12).casNumbers()).as("煤气 has no CAS number").isEmpty();
        assertThat(rows.get(12).aliases()).as("the comma of 煤气 is inside brackets").isEmpty();
    }

    @Test
    void refusesAMalformedTable1() {
        assertRefused(text -> text.replace("seq,name_cn", "row,name_cn"), "header");
        assertRefused(text -> text.substring(0, text.stripTrailing().lastIndexOf('\n')), "expected 85 rows");
        assertRefused(text -> text.replace(CHLORINE, "13,氯,液氯;氯气,7782-50-5,5"), "expected row 12");
        assertRefused(text -> text.replace(CHLORINE, "12,氯,液氯;氯气,7782-50-4,5"), "not a valid CAS number");
        assertRefused(text -> text.replace(CHLORINE, "12,氯,液氯;氯气,chlorine,5"), "not a valid CAS number");
        assertRefused(text -> text.replace(CHLORINE, "12,氯,液氯;氯气,7782-50-5,0"), "must be positive");
        assertRefused(text -> text.replace(CHLORINE, "12,氯,液氯;氯气,7782-50-5,five"), "not a number");
        assertRefused(text -> text.replace(CHLORINE, "12,氯,液氯,氯气,7782-50-5,5"), "expected 5 cells");
        assertRefused(text -> text.replace(CHLORINE, "12,\"氯,液氯;氯气,7782-50-5,5"), "unterminated quote");
        assertRefused(text -> text.replace(CHLORINE, "12,,液氯;氯气,7782-50-5,5"), "name_cn is empty");
        assertRefused(text -> text.replace(CHLORINE, "12,氯,液氯;;氯气,7782-50-5,5"), "empty part");
        assertRefused(text -> text.replace(CHLORINE, "12," + "氯".repeat(65) + ",,7782-50-5,5"), "longer than 64");
    }

    @Test
    void readsThe24HazardCategoriesOfTable2() {
        HazardCategories categories = new HazardCategories();
        assertThat(categories.all()).hasSize(24);
        assertThat(categories.all().get(0)).isEqualTo(
                new HazardCategory("J1", "急性毒性：类别1，所有暴露途径，气体", new BigDecimal("5")));
        assertThat(categories.all()).extracting(HazardCategory::code).contains("W5.4", "W11").doesNotHaveDuplicates();
        assertThat(categories.isKnown("W9.2")).isTrue();
        assertThat(categories.isKnown("W12")).isFalse();
        assertThat(categories.isKnown("j1")).isFalse();
    }

    @Test
    void refusesAMalformedTable2() {
        String text = resource(HazardCategories.RESOURCE);
        assertTable2Refused(text.replace("J2,", "J1,"), "J1 appears twice");
        assertTable2Refused(text.replace("W11,", "X11,"), "not a hazard category code");
        assertTable2Refused(text.replace("W3,气溶胶：类别1和类别2（临界量按净重计）,150", ""), "expected 24 rows");
        assertTable2Refused(text.replace("W3,气溶胶：类别1和类别2（临界量按净重计）,150", "W3,气溶胶,-150"),
                "must be positive");
    }

    private static void assertRefused(UnaryOperator<String> edit, String reason) {
        String text = resource(Gb18218Table1.RESOURCE);
        String edited = edit.apply(text);
        assertThat(edited).as("the edit applies").isNotEqualTo(text);
        assertThatIllegalStateException()
                .isThrownBy(() -> Gb18218Table1.parse(ReferenceCsv.parse("table1.csv", edited, Gb18218Table1.HEADER)))
                .withMessageContaining("table1.csv").withMessageContaining(reason);
    }

    private static void assertTable2Refused(String text, String reason) {
        assertThatIllegalStateException()
                .isThrownBy(() -> HazardCategories.parse(ReferenceCsv.parse("table2.csv", text, HazardCategories.HEADER)))
                .withMessageContaining("table2.csv").withMessageContaining(reason);
    }

    private static String resource(String name) {
        try (InputStream in = Gb18218TablesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
