package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Hidden dangers over real HTTP in an enterprise of the test's own: the whole lifecycle of a 重大 one (with a
 * send-back), each refused step a 422 naming its rule, overdue listing, scope isolation, and bad input a 400 naming
 * its field.
 */
@PlatformTest
class HiddenDangerApiTests {

    static final String PATH = "/api/v1/hidden-dangers";

    static final Map<String, Object> MAJOR_PLAN = Map.of("dangerManageType", "BY_DEADLINE", "liablePerson", "李四",
            "dangerManageDeadline", today().plusDays(30).toString(), "controlMeasures", "液氯储罐增设独立 SIS 紧急切断",
            "cost", 12.5, "contingencyPlan", "整改期间限量储存，每班巡检两次，配备正压式空气呼吸器");

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    @Autowired
    JdbcClient jdbc;

    ApiClient manager;
    ApiClient operator;
    UUID enterprise;

    @BeforeEach
    void enterpriseOfItsOwn() {
        enterprise = TestEnterprises.register(directory, registry, "隐患治理测试");
        manager = user("hd-sm-", "SAFETY_MANAGER", enterprise);
        operator = user("hd-op-", "OPERATOR", enterprise);
    }

    @Test
    void aMajorDangerGoesFromReportThroughASendBackToClosure() {
        String measure = newMeasure();
        String before = TestPhotos.uploaded(operator);
        Response reported = operator.post(PATH, report("液氯储罐无独立 SIS", Map.of("riskMeasureId", measure,
                "hazardCode", "370600001", "dangerImg", List.of(before))));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().path("id").asString();
        assertThat(reported.header("Location")).isEqualTo(PATH + "/" + id);
        JsonNode danger = reported.json();
        assertThat(danger.path("status").asString()).isEqualTo("REPORTED");
        assertThat(danger.path("dangerState").asInt()).isZero();
        assertThat(danger.path("riskMeasureId").asString()).isEqualTo(measure);
        assertThat(danger.path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(danger.path("dangerImg").get(0).asString()).isEqualTo(before);

        JsonNode criteria = manager.get(PATH + "/major-criteria").json();
        assertThat(criteria.size()).isEqualTo(20);
        assertThat(criteria.get(4).path("text").asString()).startsWith("构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能");
        assertThat(criteria.valueStream().map(item -> item.path("group").asString()).distinct())
                .containsExactly("PEOPLE", "EQUIPMENT", "MANAGEMENT");
        assertInvalid(manager.post(PATH + "/" + id + "/confirm", Map.of("dangerLevel", "GENERAL", "majorCriterion", 5)),
                "majorCriterion");
        assertInvalid(manager.post(PATH + "/" + id + "/confirm", Map.of("dangerLevel", "MAJOR", "majorCriterion", 21)),
                "majorCriterion");
        JsonNode confirmed = step(manager, id, "confirm", Map.of("dangerLevel", "MAJOR", "comment", "符合判定标准第 5 项",
                "majorCriterion", 5));
        assertThat(confirmed.path("dangerLevel").asString()).isEqualTo("MAJOR");
        assertThat(confirmed.path("majorCriterion").asInt()).isEqualTo(5);
        JsonNode ordered = step(manager, id, "order", MAJOR_PLAN);
        assertThat(ordered.path("status").asString()).isEqualTo("RECTIFYING");
        assertThat(ordered.path("liablePerson").asString()).isEqualTo("李四");
        assertThat(ordered.path("overdue").asBoolean()).isFalse();
        JsonNode rectified = step(operator, id, "rectify", Map.of("dangerAcceptImg", List.of(photo())));
        assertThat(rectified.path("status").asString()).isEqualTo("PENDING_ACCEPTANCE");
        assertThat(rectified.path("dangerState").asInt()).isEqualTo(1);
        assertThat(step(manager, id, "send-back", Map.of("checkAcceptComment", "切断阀未联调"))
                .path("status").asString()).isEqualTo("RECTIFYING");
        step(operator, id, "rectify", Map.of("dangerAcceptImg", List.of(photo())));
        JsonNode accepted = step(manager, id, "accept", Map.of("checkAcceptComment", "联调合格"));
        assertThat(accepted.path("dangerState").asInt()).isEqualTo(9);
        assertThat(accepted.path("checkAcceptComment").asString()).isEqualTo("联调合格");
        assertThat(accepted.path("checkAcceptPerson").asString()).isNotBlank();
        assertThat(accepted.path("checkAcceptTime").isNull()).isFalse();
        Response closed = manager.post(PATH + "/" + id + "/close", Map.of());
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("dangerState").asInt()).isEqualTo(9);

        assertThat(manager.get(PATH + "/" + id + "/history").json().valueStream()
                .map(row -> row.path("action").asString())).containsExactly("REPORT", "CONFIRM", "ORDER", "RECTIFY",
                        "SEND_BACK", "RECTIFY", "ACCEPT", "CLOSE");
    }

    @Test
    void eachRefusedStepIsARuleViolationNamingItsRule() {
        String id = reportedId("阀门法兰渗漏");
        assertRefused(manager.post(PATH + "/" + id + "/close", Map.of()), "dualprevention.hidden.transition");
        assertRefused(manager.post(PATH + "/" + id + "/accept", Map.of()), "dualprevention.hidden.transition");
        assertRefused(operator.post(PATH + "/" + id + "/rectify", Map.of("dangerAcceptImg", List.of(photo()))),
                "dualprevention.hidden.transition");
        assertRefused(manager.post(PATH + "/" + id + "/order", order("IMMEDIATE", null)),
                "dualprevention.hidden.transition");
        assertThat(operator.post(PATH + "/" + id + "/confirm", Map.of("dangerLevel", "GENERAL")).status())
                .isEqualTo(403);

        step(manager, id, "confirm", Map.of("dangerLevel", "MAJOR"));
        assertRefused(manager.post(PATH + "/" + id + "/confirm", Map.of("dangerLevel", "GENERAL")),
                "dualprevention.hidden.transition");
        assertRefused(manager.post(PATH + "/" + id + "/order", order("IMMEDIATE", null)),
                "dualprevention.hidden.major-by-deadline");
        assertRefused(manager.post(PATH + "/" + id + "/order", order("BY_DEADLINE", null)),
                "dualprevention.hidden.deadline-required");
        assertRefused(manager.post(PATH + "/" + id + "/order", order("BY_DEADLINE", today().minusDays(1))),
                "dualprevention.hidden.deadline-past");
        Response incomplete = manager.post(PATH + "/" + id + "/order", order("BY_DEADLINE", today()));
        assertRefused(incomplete, "dualprevention.hidden.plan-incomplete");
        assertThat(incomplete.json().path("detail").asString()).contains("cost", "contingencyPlan");

        assertThat(manager.get(PATH + "/" + id).json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(manager.get(PATH + "/" + id + "/history").json().size()).isEqualTo(2);
    }

    @Test
    void aGeneralDangerFixedOnTheSpotNeedsNoDeadline() {
        String id = reportedId("安全标识缺失");
        step(manager, id, "confirm", Map.of("dangerLevel", "GENERAL"));
        JsonNode ordered = step(manager, id, "order", order("IMMEDIATE", null));
        assertThat(ordered.path("dangerManageType").asString()).isEqualTo("IMMEDIATE");
        assertThat(ordered.path("dangerManageDeadline").isNull()).isTrue();
        assertThat(ordered.path("overdue").asBoolean()).isFalse();
    }

    @Test
    void aRectificationPastItsDeadlineIsListedOverdueUntilItIsRectified() {
        String id = reportedId("可燃气体探测器失效");
        step(manager, id, "confirm", Map.of("dangerLevel", "GENERAL"));
        step(manager, id, "order", order("BY_DEADLINE", today()));
        String onTime = reportedId("消防通道堵塞");
        step(manager, onTime, "confirm", Map.of("dangerLevel", "GENERAL"));
        step(manager, onTime, "order", order("BY_DEADLINE", today()));
        assertThat(ids(PATH + "?overdue=true&enterpriseId=" + enterprise)).isEmpty();

        // the deadline passes: yesterday's deadline is overdue today, today's is not yet
        jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id")
                .param("day", today().minusDays(1)).param("id", UUID.fromString(id)).update();
        assertThat(ids(PATH + "?overdue=true&enterpriseId=" + enterprise)).containsExactly(id);
        assertThat(ids(PATH + "?overdue=false&enterpriseId=" + enterprise)).contains(onTime).doesNotContain(id);
        assertThat(manager.get(PATH + "/" + id).json().path("overdue").asBoolean()).isTrue();

        step(operator, id, "rectify", Map.of("dangerAcceptImg", List.of(photo())));
        assertThat(ids(PATH + "?overdue=true&enterpriseId=" + enterprise)).isEmpty();
    }

    @Test
    void listsFilterByStatusGradeAndTextWithinTheScope() {
        String major = reportedId("液氨储罐区未设紧急切断");
        step(manager, major, "confirm", Map.of("dangerLevel", "MAJOR"));
        String reported = reportedId("配电室门未关");

        assertThat(ids(PATH + "?dangerLevel=MAJOR")).containsExactly(major);
        assertThat(ids(PATH + "?status=REPORTED")).containsExactly(reported);
        assertThat(ids(PATH + "?q=液氨")).containsExactly(major);
        assertThat(ids(PATH + "?q=%25")).isEmpty();
        assertThat(manager.get(PATH + "?size=1").json().path("totalElements").asInt()).isEqualTo(2);

        UUID other = TestEnterprises.register(directory, registry, "隐患治理他企");
        ApiClient stranger = user("hd-x-", "SAFETY_MANAGER", other);
        assertThat(stranger.get(PATH).json().path("content").size()).isZero();
        assertThat(stranger.get(PATH + "/" + major).status()).isEqualTo(404);
        assertThat(stranger.get(PATH + "/" + major + "/history").status()).isEqualTo(404);
        assertThat(stranger.post(PATH + "/" + reported + "/confirm", Map.of("dangerLevel", "GENERAL")).status())
                .isEqualTo(404);
        // a control measure of another enterprise cannot be linked
        String foreignMeasure = newMeasure();
        assertInvalid(stranger.post(PATH, report("越权关联", Map.of("riskMeasureId", foreignMeasure))),
                "riskMeasureId");
    }

    @Test
    void badInputIsAValidationProblemNamingTheField() {
        assertInvalid(operator.post(PATH, report(" ", Map.of())), "dangerName");
        assertInvalid(operator.post(PATH, report("隐患", Map.of("dangerSrc", 11))), "dangerSrc");
        assertInvalid(operator.post(PATH, report("隐患", Map.of("dangerSrc", 0))), "dangerSrc");
        assertThat(operator.post(PATH, report("隐患", Map.of("dangerSrc", 10))).status()).isEqualTo(201);
        assertInvalid(operator.post(PATH, report("隐患", Map.of("hazardDangerType", 9))), "hazardDangerType");
        assertThat(operator.post(PATH, report("隐患", Map.of("hazardDangerType", 8))).status()).isEqualTo(201);
        assertInvalid(operator.post(PATH, report("隐患", Map.of("riskMeasureId", UUID.randomUUID()))),
                "riskMeasureId");
        assertInvalid(operator.post(PATH, report("隐患", Map.of("dangerImg", List.of("photo.jpg")))), "dangerImg[0]");
        assertInvalid(operator.post(PATH, report("隐患", Map.of("dangerImg", List.of(photo(), UUID.randomUUID())))),
                "dangerImg[1]");

        String id = reportedId("隐患");
        assertInvalid(manager.post(PATH + "/" + id + "/confirm", Map.of("dangerLevel", "HUGE")), "dangerLevel");
        assertInvalid(manager.post(PATH + "/" + id + "/confirm", Map.of()), "dangerLevel");
        step(manager, id, "confirm", Map.of("dangerLevel", "GENERAL"));
        Map<String, Object> negative = new HashMap<>(order("BY_DEADLINE", today()));
        negative.put("cost", -1);
        assertInvalid(manager.post(PATH + "/" + id + "/order", negative), "cost");
        assertInvalid(manager.post(PATH + "/" + id + "/order", Map.of("dangerManageType", "IMMEDIATE",
                "controlMeasures", "紧固")), "liablePerson");
        step(manager, id, "order", order("IMMEDIATE", null));
        assertInvalid(operator.post(PATH + "/" + id + "/rectify", Map.of("dangerAcceptImg", List.of())),
                "dangerAcceptImg");
        assertInvalid(operator.post(PATH + "/" + id + "/rectify", Map.of("dangerAcceptImg",
                List.of(UUID.randomUUID()))), "dangerAcceptImg[0]");
        step(operator, id, "rectify", Map.of("dangerAcceptImg", List.of(photo())));
        assertInvalid(manager.post(PATH + "/" + id + "/send-back", Map.of()), "checkAcceptComment");

        assertThat(manager.get(PATH + "?status=LOST").status()).isEqualTo(400);
        assertThat(manager.get(PATH + "?overdue=maybe").status()).isEqualTo(400);
        assertThat(manager.get(PATH + "?q=" + "长".repeat(101)).status()).isEqualTo(400);
        assertThat(manager.get(PATH + "/not-a-uuid").status()).isEqualTo(400);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private ApiClient user(String prefix, String role, UUID enterpriseId) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser(username, "用户" + username, null, ApiClient.DEMO_PASSWORD, Set.of(role),
                DataScope.enterprise(enterpriseId)));
        return ApiClient.loggedIn(port, username);
    }

    private String newMeasure() {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "液氯罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "液氯储罐 V-101")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "液氯泄漏中毒")));
        return created(manager.post("/api/v1/risk-events/" + event + "/measures", RiskRegisterApiTests.MEASURE));
    }

    private String photo() {
        return TestPhotos.uploaded(operator);
    }

    private String reportedId(String name) {
        return created(operator.post(PATH, report(name, Map.of())));
    }

    private static Map<String, Object> report(String name, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("dangerName", name, "dangerSrc", 1, "hazardDangerType", 7,
                "dangerDesc", "现场检查发现", "dangerReason", "维护不到位"));
        body.putAll(extra);
        return body;
    }

    private static Map<String, Object> order(String type, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>(Map.of("dangerManageType", type, "liablePerson", "王五",
                "controlMeasures", "更换垫片并紧固"));
        if (deadline != null) {
            body.put("dangerManageDeadline", deadline.toString());
        }
        return body;
    }

    private static JsonNode step(ApiClient client, String id, String step, Map<String, Object> body) {
        Response response = client.post(PATH + "/" + id + "/" + step, body);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> ids(String path) {
        Response response = manager.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("content").valueStream().map(row -> row.path("id").asString()).toList();
    }

    private static void assertRefused(Response response, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("rule-violation");
        assertThat(response.json().path("rule").asString()).isEqualTo(rule);
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).containsExactly(field);
    }
}
