package org.chemsafe.monitoring.internal.collector.opcua;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The OPC UA endpoints table. Reads name a scope; writes follow the service's owner check. */
@Repository
class OpcUaEndpointRepository {

    private static final String SELECT = "select * from monitoring_opcua_endpoint e";
    private static final TypeReference<List<NodeMapping>> MAPPINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final JsonMapper json;

    OpcUaEndpointRepository(JdbcClient jdbc, ScopedJdbc scoped, JsonMapper json) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.json = json;
    }

    Optional<StoredEndpoint> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(e.enterprise_id) and e.id = :id").param("id", id)
                .query(mapper()).optional();
    }

    PageResult<StoredEndpoint> list(DataScope scope, @Nullable UUID enterpriseId, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "monitoring_opcua_endpoint e", """
                @scope(e.enterprise_id) and (cast(:enterpriseId as uuid) is null or e.enterprise_id = :enterpriseId)""",
                "e.name, e.id"), params, mapper(), page);
    }

    /** Every enterprise's enabled endpoints, for the collectors. */
    List<StoredEndpoint> enabled() {
        return scoped.sql(DataScope.platform(), SELECT + " where @scope(e.enterprise_id) and e.enabled")
                .query(mapper()).list();
    }

    /** The source if it exists and is enabled, whoever owns it (for the collectors). */
    Optional<StoredEndpoint> findEnabled(UUID id) {
        return findVisible(id, DataScope.platform()).filter(StoredEndpoint::enabled);
    }

    boolean nameTaken(UUID enterpriseId, String name, @Nullable UUID except) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select exists (select 1 from monitoring_opcua_endpoint where @scope(enterprise_id) and name = :name
                    and (cast(:except as uuid) is null or id <> :except))""")
                .param("name", name).param("except", except).query(Boolean.class).single();
    }

    void insert(StoredEndpoint endpoint) {
        jdbc.sql("""
                insert into monitoring_opcua_endpoint (id, enterprise_id, name, url, security_policy, username, password,
                    publishing_interval_ms, enabled, mappings, updated_at)
                values (:id, :enterpriseId, :name, :url, :policy, :username, :password, :interval, :enabled,
                    cast(:mappings as jsonb), :updatedAt)""")
                .params(params(endpoint)).update();
    }

    void update(StoredEndpoint endpoint) {
        jdbc.sql("""
                update monitoring_opcua_endpoint set name = :name, url = :url, security_policy = :policy,
                    username = :username, password = :password, publishing_interval_ms = :interval, enabled = :enabled,
                    mappings = cast(:mappings as jsonb), updated_at = :updatedAt
                where id = :id""")
                .params(params(endpoint)).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from monitoring_opcua_endpoint where id = :id").param("id", id).update();
    }

    private Map<String, Object> params(StoredEndpoint endpoint) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", endpoint.id());
        params.put("enterpriseId", endpoint.enterpriseId());
        params.put("name", endpoint.name());
        params.put("url", endpoint.url());
        params.put("policy", endpoint.securityPolicy().name());
        params.put("username", endpoint.username());
        params.put("password", endpoint.password());
        params.put("interval", endpoint.publishingIntervalMs());
        params.put("enabled", endpoint.enabled());
        params.put("mappings", json.writeValueAsString(endpoint.mappings()));
        params.put("updatedAt", Timestamp.from(endpoint.updatedAt()));
        return params;
    }

    private RowMapper<StoredEndpoint> mapper() {
        return (ResultSet rs, int row) -> view(rs);
    }

    private StoredEndpoint view(ResultSet rs) throws SQLException {
        return new StoredEndpoint(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), rs.getString("url"), OpcUaSecurityPolicy.valueOf(rs.getString("security_policy")),
                rs.getString("username"), rs.getString("password"), rs.getInt("publishing_interval_ms"),
                rs.getBoolean("enabled"), json.readValue(rs.getString("mappings"), MAPPINGS),
                rs.getTimestamp("updated_at").toInstant());
    }
}
