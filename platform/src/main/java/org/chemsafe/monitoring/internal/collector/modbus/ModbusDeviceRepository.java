package org.chemsafe.monitoring.internal.collector.modbus;

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

/** The Modbus devices table. Reads name a scope; writes follow the service's owner check. */
@Repository
class ModbusDeviceRepository {

    private static final String SELECT = "select * from monitoring_modbus_device d";
    private static final TypeReference<List<RegisterMapping>> REGISTERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final JsonMapper json;

    ModbusDeviceRepository(JdbcClient jdbc, ScopedJdbc scoped, JsonMapper json) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.json = json;
    }

    Optional<StoredDevice> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(d.enterprise_id) and d.id = :id").param("id", id)
                .query(mapper()).optional();
    }

    PageResult<StoredDevice> list(DataScope scope, @Nullable UUID enterpriseId, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "monitoring_modbus_device d", """
                @scope(d.enterprise_id) and (cast(:enterpriseId as uuid) is null or d.enterprise_id = :enterpriseId)""",
                "d.name, d.id"), params, mapper(), page);
    }

    /** Every enterprise's enabled devices, for the poller. */
    List<StoredDevice> enabled() {
        return scoped.sql(DataScope.platform(), SELECT + " where @scope(d.enterprise_id) and d.enabled")
                .query(mapper()).list();
    }

    /** The source if it exists and is enabled, whoever owns it (for the collectors). */
    Optional<StoredDevice> findEnabled(UUID id) {
        return findVisible(id, DataScope.platform()).filter(StoredDevice::enabled);
    }

    boolean nameTaken(UUID enterpriseId, String name, @Nullable UUID except) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select exists (select 1 from monitoring_modbus_device where @scope(enterprise_id) and name = :name
                    and (cast(:except as uuid) is null or id <> :except))""")
                .param("name", name).param("except", except).query(Boolean.class).single();
    }

    void insert(StoredDevice device) {
        jdbc.sql("""
                insert into monitoring_modbus_device (id, enterprise_id, name, host, port, unit_id, poll_period_ms,
                    enabled, registers, updated_at)
                values (:id, :enterpriseId, :name, :host, :port, :unitId, :period, :enabled, cast(:registers as jsonb),
                    :updatedAt)""")
                .params(params(device)).update();
    }

    void update(StoredDevice device) {
        jdbc.sql("""
                update monitoring_modbus_device set name = :name, host = :host, port = :port, unit_id = :unitId,
                    poll_period_ms = :period, enabled = :enabled, registers = cast(:registers as jsonb),
                    updated_at = :updatedAt
                where id = :id""")
                .params(params(device)).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from monitoring_modbus_device where id = :id").param("id", id).update();
    }

    private Map<String, Object> params(StoredDevice device) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", device.id());
        params.put("enterpriseId", device.enterpriseId());
        params.put("name", device.name());
        params.put("host", device.host());
        params.put("port", device.port());
        params.put("unitId", device.unitId());
        params.put("period", device.pollPeriodMs());
        params.put("enabled", device.enabled());
        params.put("registers", json.writeValueAsString(device.registers()));
        params.put("updatedAt", Timestamp.from(device.updatedAt()));
        return params;
    }

    private RowMapper<StoredDevice> mapper() {
        return (ResultSet rs, int row) -> device(rs);
    }

    private StoredDevice device(ResultSet rs) throws SQLException {
        return new StoredDevice(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), rs.getString("host"), rs.getInt("port"), rs.getInt("unit_id"),
                rs.getInt("poll_period_ms"), rs.getBoolean("enabled"),
                json.readValue(rs.getString("registers"), REGISTERS), rs.getTimestamp("updated_at").toInstant());
    }
}
