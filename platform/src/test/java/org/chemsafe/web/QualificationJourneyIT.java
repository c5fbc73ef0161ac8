package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

/**
 * A safety manager registers a welder, records his certificate expiring in ten days (listed as expiring within 30
 * days), and keeps its scanned copy.
 */
@PlatformTest
class QualificationJourneyIT extends BrowserJourney {

    @Test
    void aCertificateIsRecordedListedAsExpiringAndItsScanKept() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        login(enterprise.safetyManager());
        page.navigate(url("/elements/qualifications"));

        page.getByTestId("person-create").click();
        page.getByTestId("person-name").fill("王焊工");
        page.getByTestId("person-department").fill("维修车间");
        page.getByTestId("person-submit").click();

        page.getByTestId("qualification-create").click();
        pickSearched(page.getByTestId("qualification-person"), "qualification-person-option", "王", "王焊工");
        page.getByTestId("qualification-kind").click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions()
                .setHasText("焊接与热切割作业")).click();
        page.getByTestId("qualification-number").fill("T370102198001010011");
        Locator validUntil = page.locator(".el-dialog .el-form-item").filter(new Locator.FilterOptions()
                .setHasText("有效期至")).locator("input");
        validUntil.click();
        validUntil.fill(LocalDate.now().plusDays(10).toString());
        validUntil.press("Enter");
        page.getByTestId("qualification-submit").click();

        Locator row = page.getByTestId("qualification-table").locator("tr").filter(new Locator.FilterOptions()
                .setHasText("T370102198001010011"));
        assertThat(row.getByTestId("qualification-state-tag")).hasText("30 天内到期");
        row.locator("input[type=file]").setInputFiles(new FilePayload("证书.pdf", "application/pdf",
                "%PDF-1.4\n%scan\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(row.getByTestId("qualification-scan-open")).isVisible();
        screenshot("qualifications");
    }
}
