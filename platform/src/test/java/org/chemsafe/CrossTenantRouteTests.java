package org.chemsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.liquidChlorine;
import static org.chemsafe.support.RegistryFixtures.tank;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestPhotos;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API route, found from the handler mapping, so a new module is covered without touching this test: each
 * handler carries an authorisation rule, and each route with an id in its path answers 404 to another enterprise's
 * most privileged user for an id of this enterprise, and changes nothing.
 */
@PlatformTest
class CrossTenantRouteTests {

    /** Routes without a permission rule: signing in and out, the CSRF token, the caller's own account. */
    private static final Set<String> WITHOUT_PERMISSION = Set.of("GET /api/v1/auth/csrf", "POST /api/v1/auth/login",
            "POST /api/v1/auth/logout", "GET /api/v1/auth/me", "POST /api/v1/auth/password");

    /** A night shift of the caller alone. */
    private static Map<String, Object> dutyShift(ApiClient owner) {
        return Map.of("name", "夜班", "startsAt", "2026-12-04T00:00:00Z", "endsAt", "2026-12-04T08:00:00Z",
                "memberIds", List.of(owner.get("/api/v1/auth/me").json().path("id").asString()));
    }

    private static final Map<String, Object> WEBHOOK = Map.of("name", "跨租户值班群", "format", "DINGTALK", "url",
            "http://127.0.0.1:9/robot");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static final Map<String, Object> POLYGON_AREA = Map.of("name", "越权区域", "kind", "OFFICE", "polygon",
            List.of(List.of(0, 0), List.of(10, 0), List.of(10, 10), List.of(0, 10)));

    private static final Map<String, Object> TANK = Map.of("code", "X-1", "tankType", "VERTICAL_FIXED_ROOF",
            "volumeM3", 10, "maxFillRatio", 0.8);

    private static final Map<String, Object> MEASURE = Map.of("dataSrc", 2, "riskMeasureDesc", "越权措施",
            "classify1", "1", "classify2", "1-4");

    private static final Map<String, Object> TASK = Map.of("troubleshootContent", "越权排查", "checkCycle", 1,
            "checkCycleUnit", "DAY", "taskStartTime", "2026-01-01T08:00:00", "workDayType", "EVERY_DAY",
            "workType", 0);

    private static final Map<String, Object> OPCUA_ENDPOINT = Map.of("name", "跨租户 OPC UA", "url",
            "opc.tcp://127.0.0.1:4840", "enabled", false, "mappings", List.of(Map.of("nodeId", "ns=2;s=LT-XT-1",
                    "tag", "LT-XT-1")));

    private static final Map<String, Object> MODBUS_DEVICE = Map.of("name", "跨租户 Modbus", "host", "127.0.0.1",
            "enabled", false, "registers", List.of(Map.of("address", 0, "functionCode", 3, "dataType", "FLOAT32",
                    "tag", "LT-XT-1")));

    /** A valid body for each route that needs one, so that validation cannot answer before the scope does. */
    private static final Map<String, Object> SAMPLE_BODIES = Map.ofEntries(
            Map.entry("PUT /api/v1/enterprises/{id}", Map.of("name", "越权改名", "kinds", List.of("PRODUCTION"),
                    "regionCode", TestEnterprises.TOWN)),
            Map.entry("PUT /api/v1/users/{id}", Map.of("displayName", "越权", "roleCodes", List.of("OPERATOR"),
                    "enabled", false)),
            Map.entry("POST /api/v1/users/{id}/password", Map.of("newPassword", "Taken2026!x")),
            Map.entry("PUT /api/v1/chemicals/{id}", Map.of("name", "越权化学品")),
            Map.entry("PUT /api/v1/units/{id}", Map.of("kind", "TANK_FARM", "code", "X-1", "name", "越权")),
            Map.entry("POST /api/v1/units/{id}/status", Map.of("status", "STOPPED")),
            Map.entry("POST /api/v1/units/{id}/tanks", TANK),
            Map.entry("PUT /api/v1/tanks/{id}", TANK),
            Map.entry("POST /api/v1/units/{id}/inventory", Map.of("chemicalId", UUID.randomUUID())),
            Map.entry("PUT /api/v1/inventory-items/{id}", Map.of("chemicalId", UUID.randomUUID(),
                    "designMaxTonnes", 1)),
            Map.entry("PUT /api/v1/sites/{id}", Map.of("name", "越权厂区")),
            Map.entry("PUT /api/v1/sites/{id}/calibration", Map.of("points", List.of(
                    Map.of("pixelX", 0, "pixelY", 0, "x", 0, "y", 0),
                    Map.of("pixelX", 100, "pixelY", 0, "x", 10, "y", 0)))),
            Map.entry("POST /api/v1/sites/{siteId}/areas", POLYGON_AREA),
            Map.entry("PUT /api/v1/areas/{id}", POLYGON_AREA),
            Map.entry("PUT /api/v1/major-hazard-sources/{id}/accountable-people", Map.of("people", List.of(
                    person("CHIEF"), person("TECHNICAL"), person("OPERATIONS")))),
            Map.entry("PUT /api/v1/units/{unitId}/exposure", Map.of("exposedPeople", 5)),
            Map.entry("POST /api/v1/permits/{id}/signatures", TestSignatures.signature("WORK_LEADER", "越权")),
            Map.entry("POST /api/v1/permits/{id}/gas-analyses", TestSignatures.passingAnalysis()),
            Map.entry("POST /api/v1/permits/{id}/measures", TestSignatures.measures(15, 0)),
            Map.entry("POST /api/v1/permits/{id}/start", Map.of("remark", "越权")),
            Map.entry("POST /api/v1/permits/{id}/suspend", Map.of("remark", "越权")),
            Map.entry("POST /api/v1/permits/{id}/resume", Map.of("remark", "越权")),
            Map.entry("POST /api/v1/permits/{id}/complete", Map.of("remark", "越权")),
            Map.entry("POST /api/v1/permits/{id}/accept", Map.of("remark", "越权")),
            Map.entry("POST /api/v1/permits/{id}/cancel", Map.of("remark", "越权")),
            Map.entry("POST /api/v1/permits/{id}/revoke", Map.of("remark", "越权")),
            Map.entry("PUT /api/v1/permit-drafts/{id}", Map.of("location", "越权")),
            Map.entry("PUT /api/v1/risk-objects/{id}", Map.of("name", "越权对象")),
            Map.entry("POST /api/v1/risk-objects/{id}/units", Map.of("riskUnitName", "越权单元")),
            Map.entry("POST /api/v1/risk-objects/{id}/accountable-tasks",
                    Map.of("majorHazardSourceId", "5d0b8a52-2c1f-4a9e-bb1e-3f6a2d7c9e01")),
            Map.entry("PUT /api/v1/risk-units/{id}", Map.of("riskUnitName", "越权单元")),
            Map.entry("POST /api/v1/risk-units/{id}/events", Map.of("riskEventName", "越权事件")),
            Map.entry("PUT /api/v1/risk-events/{id}", Map.of("riskEventName", "越权事件")),
            Map.entry("POST /api/v1/risk-events/{id}/assessments", Map.of("method", "LS", "l", 5, "s", 5)),
            Map.entry("POST /api/v1/risk-events/{id}/measures", MEASURE),
            Map.entry("PUT /api/v1/control-measures/{id}", MEASURE),
            Map.entry("POST /api/v1/control-measures/{id}/tasks", TASK),
            Map.entry("PUT /api/v1/inspection-tasks/{id}", TASK),
            Map.entry("PUT /api/v1/points/{id}", Map.of("tag", "LT-XT-9", "name", "越权", "indicatorType", "LEVEL")),
            Map.entry("PUT /api/v1/opcua-endpoints/{id}", OPCUA_ENDPOINT),
            Map.entry("PUT /api/v1/modbus-devices/{id}", MODBUS_DEVICE),
            Map.entry("POST /api/v1/hidden-dangers/{id}/confirm", Map.of("dangerLevel", "GENERAL")),
            Map.entry("POST /api/v1/hidden-dangers/{id}/order", Map.of("dangerManageType", "IMMEDIATE",
                    "liablePerson", "越权", "controlMeasures", "越权整改")),
            Map.entry("POST /api/v1/hidden-dangers/{id}/rectify", Map.of("dangerAcceptImg",
                    List.of(UUID.randomUUID()))),
            Map.entry("POST /api/v1/hidden-dangers/{id}/accept", Map.of("checkAcceptComment", "越权")),
            Map.entry("POST /api/v1/hidden-dangers/{id}/send-back", Map.of("checkAcceptComment", "越权")),
            Map.entry("POST /api/v1/alarms/{id}/acknowledge", Map.of("comment", "越权")),
            Map.entry("POST /api/v1/alarms/{id}/out-of-service", Map.of("reason", "越权")),
            Map.entry("POST /api/v1/alarms/{id}/shelve", Map.of("reason", "越权",
                    "until", java.time.Instant.now().plus(Duration.ofHours(12)).toString())),
            Map.entry("POST /api/v1/alarms/{id}/dispose", Map.of("causeCategory", "OTHER", "measures", "越权")),
            Map.entry("PUT /api/v1/notification-webhooks/{id}", WEBHOOK),
            Map.entry("PUT /api/v1/duty-shifts/{id}", Map.of("name", "越权", "startsAt", "2026-12-04T00:00:00Z",
                    "endsAt", "2026-12-04T08:00:00Z", "memberIds", List.of(UUID.randomUUID()))),
            Map.entry("PUT /api/v1/people/{id}", Map.of("name", "越权改名")),
            Map.entry("PUT /api/v1/qualifications/{id}", Map.of("personId", UUID.randomUUID(), "kind", "ELECTRICIAN",
                    "number", "越权", "validUntil", "2027-12-31")));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    @Autowired
    AlarmCentre alarms;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyApiHandlerCarriesAnAuthorisationRule() {
        List<String> unguarded = new ArrayList<>();
        routes().forEach((route, handler) -> {
            Method method = handler.getMethod();
            boolean guarded = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!guarded && !WITHOUT_PERMISSION.contains(route)) {
                unguarded.add(route + " (" + handler.getShortLogMessage() + ")");
            }
        });
        assertThat(unguarded).as("API handlers without @PreAuthorize").isEmpty();
    }

    @Test
    void everyRouteWithAnIdAnswersNotFoundToAnotherEnterprise() {
        Tenant a = tenant("a");
        Tenant b = tenant("b");
        Map<String, String> ids = resourcesOf(b);
        ApiClient attacker = ApiClient.loggedIn(port, a.principal());
        ApiClient owner = ApiClient.loggedIn(port, b.principal());
        Map<String, String> before = snapshot(owner, ids);

        List<String> failures = new ArrayList<>();
        List<String> called = new ArrayList<>();
        routes().forEach((route, handler) -> {
            if (idVariables(handler).isEmpty()) {
                return;
            }
            called.add(route);
            String method = route.substring(0, route.indexOf(' '));
            String url = url(route, handler, ids, failures);
            if (url == null) {
                return;
            }
            Response response = call(attacker, method, url, route, handler, failures);
            if (response != null && response.status() != 404) {
                failures.add(route + " answered " + response.status() + ": " + response.body());
            }
        });

        assertThat(failures).as("routes answering another enterprise's id").isEmpty();
        assertThat(called).as("routes with an id").hasSizeGreaterThan(35).contains("DELETE /api/v1/units/{id}",
                "PUT /api/v1/sites/{id}/plan", "POST /api/v1/users/{id}/password");
        assertThat(snapshot(owner, ids)).as("the other enterprise's resources are unchanged").isEqualTo(before);
    }

    @Test
    void everyWriteOfThePlatformOnAnEnterprisesRowIsInThatEnterprisesAuditView() {
        Tenant tenant = tenant("w");
        Map<String, String> ids = resourcesOf(tenant);
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        Map<String, HandlerMethod> routes = routes();
        List<String> failures = new ArrayList<>();
        List<String> written = new ArrayList<>();
        // deletes last, the longest paths (a site's calibration, a unit's tank) before the rows they belong to
        routes.keySet().stream()
                .filter(route -> !route.startsWith("GET ") && !idVariables(routes.get(route)).isEmpty())
                .sorted(Comparator.comparing((String route) -> route.startsWith("DELETE "))
                        .thenComparing(Comparator.comparingInt(String::length).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(route -> {
                    String url = url(route, routes.get(route), ids, failures);
                    if (url != null && call(platform, route.substring(0, route.indexOf(' ')), url, route,
                            routes.get(route), failures) != null) {
                        written.add(route);
                    }
                });

        Set<String> seen = new HashSet<>();
        ApiClient.loggedIn(port, tenant.principal()).get("/api/v1/audit-events?size=200").json().path("content")
                .forEach(entry -> seen.add(entry.path("action").asString()));
        assertThat(failures).isEmpty();
        assertThat(written).as("write routes with an id").hasSizeGreaterThan(20).contains("DELETE /api/v1/units/{id}",
                "PUT /api/v1/major-hazard-sources/{id}/accountable-people");
        assertThat(written).as("writes of the platform missing from the enterprise's audit view")
                .filteredOn(route -> !seen.contains(route)).isEmpty();
    }

    /** The route's path with the fixture ids in place of its id variables, or null (and a failure) without one. */
    private static String url(String route, HandlerMethod handler, Map<String, String> ids, List<String> failures) {
        String path = route.substring(route.indexOf(' ') + 1);
        String url = path;
        for (String variable : idVariables(handler)) {
            String kind = kindOf(path, variable);
            String id = ids.get(kind);
            if (id == null) {
                failures.add(route + ": no fixture for '" + kind + "': add one to resourcesOf(tenant) and "
                        + "snapshot(owner, ids)");
                return null;
            }
            url = url.replace("{" + variable + "}", id);
        }
        return url;
    }

    private Response call(ApiClient client, String method, String url, String route, HandlerMethod handler,
            List<String> failures) {
        boolean multipart = has(handler, RequestPart.class);
        boolean jsonBody = has(handler, RequestBody.class);
        if (multipart) {
            String boundary = "----chemsafe-cross-tenant";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\nnot an image\r\n--" + boundary + "--\r\n";
            return client.send(method, url, body, "multipart/form-data; boundary=" + boundary);
        }
        if (jsonBody) {
            Object sample = SAMPLE_BODIES.get(route);
            if (sample == null) {
                failures.add(route + ": no sample body: add a valid one to SAMPLE_BODIES");
                return null;
            }
            return method.equals("POST") ? client.post(url, sample) : client.put(url, sample);
        }
        return switch (method) {
            case "GET" -> client.get(url);
            case "DELETE" -> client.delete(url);
            default -> client.send(method, url, null, null);
        };
    }

    /** Every API route as "METHOD pattern" with its handler, in a stable order. */
    private Map<String, HandlerMethod> routes() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.put(method.name() + " " + pattern, entry.getValue());
                }
            }
        }
        assertThat(routes).as("API routes found").hasSizeGreaterThan(40);
        return routes;
    }

    /** The handler's path variables that are ids (UUIDs). */
    private static List<String> idVariables(HandlerMethod handler) {
        List<String> variables = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null && parameter.getParameterType() == UUID.class) {
                String name = !variable.name().isEmpty() ? variable.name()
                        : !variable.value().isEmpty() ? variable.value() : parameter.getParameterName();
                variables.add(name);
            }
        }
        return variables;
    }

    /** The kind of resource a path variable names: the path segment before it, e.g. "units". */
    private static String kindOf(String path, String variable) {
        String before = path.substring(0, path.indexOf("{" + variable + "}") - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** An enterprise of its own with its principal (the most privileged enterprise user) and an operator. */
    private record Tenant(UUID enterpriseId, String principal, UUID operatorId) {
    }

    private Tenant tenant(String label) {
        String suffix = label + UUID.randomUUID().toString().substring(0, 8);
        UUID enterprise = TestEnterprises.register(directory, registry, "跨租户测试" + label);
        DataScope scope = DataScope.enterprise(enterprise);
        String principal = "xt-" + suffix;
        users.provision(new NewUser(principal, "负责人" + suffix, null, ApiClient.DEMO_PASSWORD,
                Set.of("ENTERPRISE_PRINCIPAL"), scope));
        UUID operator = users.provision(new NewUser("xt-op-" + suffix, "操作员" + suffix, null,
                ApiClient.DEMO_PASSWORD, Set.of("OPERATOR"), scope));
        return new Tenant(enterprise, principal, operator);
    }

    /** One resource of every kind a route names by id, created by the tenant's own principal. */
    private Map<String, String> resourcesOf(Tenant tenant) {
        ApiClient owner = ApiClient.loggedIn(port, tenant.principal());
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("enterprises", tenant.enterpriseId().toString());
        ids.put("users", tenant.operatorId().toString());
        Response token = owner.post("/api/v1/api-tokens", Map.of("name", "跨租户", "purpose", "TELEMETRY"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        ids.put("api-tokens", token.json().path("apiToken").path("id").asString());
        String chlorine = liquidChlorine(owner, 1.47);
        ids.put("chemicals", chlorine);
        String farm = created(owner.post("/api/v1/units", unit("TANK_FARM", "TF-XT-1", "跨租户罐区")));
        ids.put("units", farm);
        ids.put("tanks", created(owner.post("/api/v1/units/" + farm + "/tanks", tank("V-XT-1", chlorine, "10", "0.8"))));
        ids.put("inventory-items", created(owner.post("/api/v1/units/" + farm + "/inventory",
                Map.of("chemicalId", chlorine))));
        String site = created(owner.post("/api/v1/sites", Map.of("name", "跨租户厂区")));
        ids.put("sites", site);
        ids.put("areas", created(owner.post("/api/v1/sites/" + site + "/areas", POLYGON_AREA)));
        ids.put("permits", created(owner.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(owner)))));
        ids.put("permit-drafts", created(owner.post("/api/v1/permit-drafts", Map.of("location", "跨租户草稿"))));
        String person = TestPeople.trainedGuardian(owner, "跨租户人员");
        ids.put("people", person);
        ids.put("qualifications", owner.get("/api/v1/qualifications?personId=" + person).json().path("content").path(0)
                .path("id").asString());
        String riskObject = created(owner.post("/api/v1/risk-objects", Map.of("name", "跨租户风险对象")));
        ids.put("risk-objects", riskObject);
        String riskUnit = created(owner.post("/api/v1/risk-objects/" + riskObject + "/units",
                Map.of("riskUnitName", "跨租户风险单元")));
        ids.put("risk-units", riskUnit);
        String riskEvent = created(owner.post("/api/v1/risk-units/" + riskUnit + "/events",
                Map.of("riskEventName", "跨租户风险事件")));
        ids.put("risk-events", riskEvent);
        String measure = created(owner.post("/api/v1/risk-events/" + riskEvent + "/measures", MEASURE));
        ids.put("control-measures", measure);
        String task = created(owner.post("/api/v1/control-measures/" + measure + "/tasks", TASK));
        ids.put("inspection-tasks", task);
        ids.put("inspection-records", created(owner.post("/api/v1/inspection-records", Map.of("clientId",
                UUID.randomUUID(), "checkTaskId", task, "windowStart", "2026-01-02T08:00:00+08:00", "checkStatus",
                "NORMAL", "checkTime", "2026-01-02T09:00:00+08:00"))));
        ids.put("points", created(owner.post("/api/v1/points", Map.of("tag", "LT-XT-1", "name", "跨租户液位",
                "indicatorType", "LEVEL", "linkedObject", Map.of("kind", "TANK", "id", ids.get("tanks"))))));
        // the point's alarm, raised through the alarm centre's module API as the telemetry pipeline raises it
        alarms.apply(List.of(new AlarmSignal.Raise(tenant.enterpriseId(), Originator.point(UUID.fromString(
                ids.get("points"))), "LT-1", AlarmType.PROCESS_HIGH, AlarmCondition.HIGH, AlarmSeverity.MINOR, null,
                List.of(), null, java.time.Instant.now())));
        ids.put("alarms", owner.get("/api/v1/alarms?originatorId=" + ids.get("points")).json().path("content").get(0)
                .path("id").asString());
        ids.put("opcua-endpoints", created(owner.post("/api/v1/opcua-endpoints", OPCUA_ENDPOINT)));
        ids.put("notification-webhooks", created(owner.post("/api/v1/notification-webhooks", WEBHOOK)));
        ids.put("duty-shifts", created(owner.post("/api/v1/duty-shifts", dutyShift(owner))));
        // a notice as the escalation pass publishes it: its deliveries (the principal's browser, the webhook) are
        // created by the notification module's listener after the commit
        UUID noticeAlarm = UUID.fromString(ids.get("alarms"));
        transactions.executeWithoutResult(status -> events.publishEvent(new AlarmNotice(UUID.randomUUID(),
                tenant.enterpriseId(), AlarmNotice.Kind.RAISED, noticeAlarm, AlarmSeverity.MINOR, "跨租户通知", "正文",
                Set.of("ENTERPRISE_PRINCIPAL"), Set.of(), java.time.Instant.now())));
        ids.put("notification-deliveries", await().atMost(Duration.ofSeconds(10)).until(() -> owner.get(
                "/api/v1/notification-deliveries?alarmId=" + noticeAlarm).json().path("content").path(0).path("id")
                .asString(null), id -> id != null));
        ids.put("modbus-devices", created(owner.post("/api/v1/modbus-devices", MODBUS_DEVICE)));
        ids.put("photos", TestPhotos.uploaded(owner));
        ids.put("hidden-dangers", created(owner.post("/api/v1/hidden-dangers", Map.of("riskMeasureId", measure,
                "dangerName", "跨租户隐患", "dangerSrc", 1, "hazardDangerType", 1, "dangerDesc", "跨租户隐患描述"))));
        // 10 m³ × 0.8 × 1.47 t/m³ = 11.76 t of chlorine (threshold 5 t): the farm becomes a major hazard source
        ids.put("major-hazard-sources", await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (var source : owner.get("/api/v1/major-hazard-sources?size=200").json().path("content")) {
                if (source.path("unitId").asString().equals(farm)) {
                    return source.path("id").asString();
                }
            }
            return null;
        }, id -> id != null));
        return ids;
    }

    /** What the owner sees of each resource, to compare before and after the other enterprise's calls. */
    private static Map<String, String> snapshot(ApiClient owner, Map<String, String> ids) {
        Map<String, String> seen = new TreeMap<>();
        String unit = "/api/v1/units/" + ids.get("units");
        for (String path : List.of("/api/v1/enterprises/" + ids.get("enterprises"), "/api/v1/users/" + ids.get("users"),
                "/api/v1/api-tokens", "/api/v1/chemicals/" + ids.get("chemicals"), unit, unit + "/tanks",
                unit + "/inventory", unit + "/status-history", "/api/v1/sites/" + ids.get("sites"),
                "/api/v1/sites/" + ids.get("sites") + "/areas", "/api/v1/areas/" + ids.get("areas"),
                "/api/v1/major-hazard-sources/" + ids.get("major-hazard-sources"),
                "/api/v1/permits/" + ids.get("permits"), "/api/v1/permits/" + ids.get("permits") + "/verification",
                "/api/v1/risk-objects/" + ids.get("risk-objects"),
                "/api/v1/risk-objects/" + ids.get("risk-objects") + "/units",
                "/api/v1/risk-units/" + ids.get("risk-units") + "/events",
                "/api/v1/risk-events/" + ids.get("risk-events") + "/assessments",
                "/api/v1/risk-events/" + ids.get("risk-events") + "/measures",
                "/api/v1/control-measures/" + ids.get("control-measures") + "/tasks",
                "/api/v1/points/" + ids.get("points"), "/api/v1/opcua-endpoints/" + ids.get("opcua-endpoints"),
                "/api/v1/modbus-devices/" + ids.get("modbus-devices"),
                "/api/v1/hidden-dangers/" + ids.get("hidden-dangers"),
                "/api/v1/hidden-dangers/" + ids.get("hidden-dangers") + "/history",
                "/api/v1/alarms/" + ids.get("alarms"),
                "/api/v1/notification-webhooks/" + ids.get("notification-webhooks"),
                "/api/v1/duty-shifts/" + ids.get("duty-shifts"),
                "/api/v1/notification-deliveries/" + ids.get("notification-deliveries"),
                "/api/v1/dual-prevention/photos/" + ids.get("photos"),
                "/api/v1/inspection-records/" + ids.get("inspection-records"),
                "/api/v1/inspection-tasks/" + ids.get("inspection-tasks") + "/occurrences?from=2026-01-01T00:00:00Z"
                        + "&to=2026-01-05T00:00:00Z")) {
            Response response = owner.get(path);
            seen.put(path, response.status() + " " + response.body());
        }
        return seen;
    }

    private static Map<String, Object> person(String role) {
        return Map.of("role", role, "userId", UUID.randomUUID(), "post", "岗位", "phone", "13800000000");
    }
}
