package org.chemsafe.enterprise.internal.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class SiteRepository {

    /** Everything but the image bytes. */
    private static final String SELECT = """
            select s.id, s.enterprise_id, e.name as enterprise_name, s.name, s.plan_content_type, s.plan_width_px,
                s.plan_height_px, s.plan_bytes, s.plan_sha256, s.plan_uploaded_at, s.calibration::text as calibration,
                s.created_at, (select count(*) from area a where a.site_id = s.id) as areas
            from site s join enterprise e on e.id = s.enterprise_id""";

    /** The stored calibration: the two reference points; everything else is derived from them. */
    record StoredCalibration(List<CalibrationRequest.Point> points) {
    }

    /** The plan image with what its response needs. */
    record StoredPlan(byte[] content, String contentType, String sha256, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final JsonMapper json;

    SiteRepository(JdbcClient jdbc, ScopedJdbc scoped, JsonMapper json) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.json = json;
    }

    Optional<SiteView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(s.enterprise_id) and s.id = :id").param("id", id)
                .query(this::map).optional();
    }

    PageResult<SiteView> search(DataScope scope, @Nullable UUID enterpriseId, PageQuery page) {
        String where = "@scope(s.enterprise_id) and (cast(:enterpriseId as uuid) is null or s.enterprise_id = :enterpriseId)";
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "site s", where, "e.name, s.name, s.id"), params,
                this::map, page);
    }

    boolean nameTaken(UUID enterpriseId, String name, @Nullable UUID except) {
        return jdbc.sql("""
                select exists(select 1 from site where enterprise_id = :enterpriseId and name = :name
                and id is distinct from :except)""")
                .param("enterpriseId", enterpriseId).param("name", name).param("except", except)
                .query(Boolean.class).single();
    }

    void insert(UUID id, UUID enterpriseId, String name) {
        jdbc.sql("insert into site (id, enterprise_id, name) values (:id, :enterpriseId, :name)")
                .param("id", id).param("enterpriseId", enterpriseId).param("name", name).update();
    }

    void rename(UUID id, String name) {
        jdbc.sql("update site set name = :name where id = :id").param("id", id).param("name", name).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from site where id = :id").param("id", id).update();
    }

    /** Stores a new plan and drops the calibration, which belonged to the old one; false if the site is gone. */
    boolean storePlan(UUID id, byte[] content, String contentType, int widthPx, int heightPx, String sha256) {
        return jdbc.sql("""
                update site set plan_image = :content, plan_content_type = :contentType, plan_width_px = :width,
                    plan_height_px = :height, plan_bytes = :bytes, plan_sha256 = :sha256, plan_uploaded_at = now(),
                    calibration = null
                where id = :id""")
                .param("id", id).param("content", content).param("contentType", contentType).param("width", widthPx)
                .param("height", heightPx).param("bytes", content.length).param("sha256", sha256).update() == 1;
    }

    Optional<StoredPlan> plan(UUID id, DataScope scope) {
        return scoped.sql(scope, """
                select plan_image, plan_content_type, plan_sha256, plan_uploaded_at from site s
                where @scope(s.enterprise_id) and id = :id and plan_image is not null""")
                .param("id", id)
                .query((rs, n) -> new StoredPlan(rs.getBytes("plan_image"), rs.getString("plan_content_type"),
                        rs.getString("plan_sha256"), rs.getTimestamp("plan_uploaded_at").toInstant()))
                .optional();
    }

    /**
     * Stores the calibration for the plan it was computed on: if the plan was replaced meanwhile (another version),
     * nothing is written and false is answered.
     */
    boolean storeCalibration(UUID id, String planVersion, @Nullable StoredCalibration calibration) {
        return jdbc.sql("""
                update site set calibration = cast(:calibration as jsonb)
                where id = :id and plan_sha256 = :version""")
                .param("id", id).param("version", planVersion)
                .param("calibration", calibration == null ? null : json.writeValueAsString(calibration))
                .update() == 1;
    }

    private SiteView map(ResultSet rs, int rowNum) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        SiteView.Plan plan = null;
        SiteView.Calibration calibration = null;
        String version = rs.getString("plan_sha256");
        if (version != null) {
            int width = rs.getInt("plan_width_px");
            int height = rs.getInt("plan_height_px");
            Instant uploadedAt = SqlValues.instant(rs, "plan_uploaded_at");
            plan = new SiteView.Plan(rs.getString("plan_content_type"), width, height, rs.getInt("plan_bytes"),
                    version, uploadedAt == null ? Instant.EPOCH : uploadedAt,
                    "/api/v1/sites/" + id + "/plan?v=" + version);
            String stored = rs.getString("calibration");
            if (stored != null) {
                List<CalibrationRequest.Point> points = json.readValue(stored, StoredCalibration.class).points();
                calibration = SiteView.Calibration.of(PlanCalibration.of(points.get(0).toReferencePoint(),
                        points.get(1).toReferencePoint(), width, height));
            }
        }
        return new SiteView(id, rs.getObject("enterprise_id", UUID.class), rs.getString("enterprise_name"),
                rs.getString("name"), plan, calibration, rs.getInt("areas"), rs.getTimestamp("created_at").toInstant());
    }
}
