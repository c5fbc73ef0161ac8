package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPhotos;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A hidden danger's loop on phones: an operator reports it with a photo; the safety manager finds it on the board,
 * confirms it as 一般, orders it 即查即改; the operator reports it rectified with a photo; the safety manager accepts
 * it (national state 9) and closes it (销号), and the history shows every step.
 */
@PlatformTest
class HiddenDangerJourneyIT extends BrowserJourney {

    private static final String NAME = "2号泵房可燃气体报警器不报警";

    @Override
    BrowserContext newBrowserContext() {
        return opened(phone());
    }

    @Test
    void anOperatorReportsAndRectifiesTheSafetyManagerConfirmsOrdersAcceptsAndCloses() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        String operator = TestUsers.newColleague(enterprise.safetyManager(port), "OPERATOR");

        signInAs(operator);
        page.navigate(url("/hidden-dangers/report"));
        page.getByTestId("report-name").fill(NAME);
        page.getByTestId("report-desc").fill("巡检时用标准气样测试，报警器无声光报警");
        addPhoto("report-photos", "IMG_20261203_0815.jpg");
        page.getByTestId("report-submit").click();
        assertThat(page.getByTestId("danger-name")).hasText(NAME);
        assertThat(page.getByTestId("danger-status")).hasText("待确认");
        assertThat(page.getByText("当前状态下没有您可以执行的操作")).isVisible();
        String detail = page.url();
        screenshot("hidden-danger-reported-phone");

        signInAs(enterprise.safetyManager());
        page.navigate(url("/hidden-dangers/board"));
        Locator card = page.getByTestId("board-column-REPORTED").getByTestId("board-card").filter(
                new Locator.FilterOptions().setHasText(NAME));
        card.click();
        page.getByTestId("danger-step-confirm").click();
        page.getByTestId("step-level-GENERAL").click();
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-status")).hasText("已确认");
        assertThat(page.getByTestId("danger-level")).hasText("一般隐患");

        page.getByTestId("danger-step-order").click();
        page.getByTestId("step-manage-IMMEDIATE").click();
        page.getByTestId("step-liable").fill("李班长");
        page.getByTestId("step-measures").fill("更换报警器探头并标定");
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-status")).hasText("整改中");
        assertThat(page.getByTestId("danger-manage-type")).hasText("即查即改");

        signInAs(operator);
        page.navigate(detail);
        page.getByTestId("danger-step-rectify").click();
        addPhoto("step-photos", "IMG_20261203_0940.jpg");
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-status")).hasText("待验收");
        assertThat(page.getByTestId("danger-state")).hasText("1");

        signInAs(enterprise.safetyManager());
        page.navigate(detail);
        assertThat(page.getByTestId("danger-accept-photos").getByTestId("photo-item")).hasCount(1);
        page.getByTestId("danger-step-accept").click();
        page.getByTestId("step-accept-comment").fill("已复测，报警正常");
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-status")).hasText("已验收");
        assertThat(page.getByTestId("danger-state")).hasText("9");

        page.getByTestId("danger-step-close").click();
        page.locator(".el-message-box").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("确定")).click();
        assertThat(page.getByTestId("danger-status")).hasText("已销号");
        Locator history = page.getByTestId("danger-history");
        for (String step : new String[] {"上报", "确认并定级", "下达整改", "整改完成", "验收通过", "销号"}) {
            assertThat(history).containsText(step);
        }
        assertThat(history.locator(".el-timeline-item")).hasCount(6);
        assertThat(page.getByText("当前状态下没有您可以执行的操作")).isVisible();
        screenshot("hidden-danger-closed-phone");
    }

    /** Signs in on a fresh phone, so no session carries over between the people of the loop. */
    private void signInAs(String username) {
        context.close();
        context = newBrowserContext();
        page = context.newPage();
        login(username);
    }

    /** Takes a photo on the phone: the file input of the upload block gets a JPEG, which is uploaded and shown. */
    private void addPhoto(String testId, String name) {
        Locator block = page.getByTestId(testId);
        int before = block.getByTestId("photo-item").count();
        page.getByTestId(testId + "-input").setInputFiles(new FilePayload(name, "image/jpeg", TestPhotos.JPEG));
        assertThat(block.getByTestId("photo-item")).hasCount(before + 1);
    }

    @Test
    void theSafetyManagerGradesAMajorHiddenDangerByItsItemOfTheCriteria() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        ApiClient.Response reported = safety.post("/api/v1/hidden-dangers", Map.of("dangerName", "液氯罐区可燃气体检测器缺失",
                "dangerSrc", 1, "hazardDangerType", 7, "dangerDesc", "罐区东侧泄漏点未设检测报警装置",
                "dangerImg", List.of(TestPhotos.uploaded(safety))));
        org.assertj.core.api.Assertions.assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        signInAs(enterprise.safetyManager());
        page.navigate(url("/hidden-dangers/" + reported.json().path("id").asString()));
        page.getByTestId("danger-step-confirm").click();
        page.getByTestId("step-level-MAJOR").click();
        page.getByTestId("step-criterion").click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("12. 涉及可燃和有毒"))
                .click();
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-level")).hasText("重大隐患");
        assertThat(page.getByTestId("danger-criterion")).containsText("第 12 条：涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置");
        screenshot("hidden-danger-major-criterion");
    }
}
