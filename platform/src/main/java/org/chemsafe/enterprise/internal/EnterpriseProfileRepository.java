package org.chemsafe.enterprise.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseStatus;
import org.chemsafe.enterprise.StandardizationLevel;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnterpriseProfileRepository {

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    EnterpriseProfileRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<EnterpriseProfile> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, """
                select e.*, r.name as region_name from enterprise e join region r on r.code = e.region_code
                where @scope(e.id) and e.id = :id""").param("id", id).query(EnterpriseProfileRepository::map).optional();
    }

    boolean nameTaken(String name, @Nullable UUID except) {
        return jdbc.sql("select exists(select 1 from enterprise where name = :name and id is distinct from :id)")
                .param("name", name).param("id", except).query(Boolean.class).single();
    }

    void insert(UUID id, EnterpriseProfileRequest profile) {
        jdbc.sql("""
                insert into enterprise (id, name, unified_social_credit_code, hazchem_registration_code, kinds,
                    region_code, address, longitude, latitude, principal_name, principal_phone, safety_director_name,
                    safety_director_phone, standardization_level, status)
                values (:id, :name, :uscc, :hazchem, :kinds, :region, :address, :longitude, :latitude, :principalName,
                    :principalPhone, :directorName, :directorPhone, :level, :status)""")
                .paramSource(parameters(profile).addValue("id", id)).update();
    }

    void update(UUID id, EnterpriseProfileRequest profile) {
        jdbc.sql("""
                update enterprise set name = :name, unified_social_credit_code = :uscc,
                    hazchem_registration_code = :hazchem, kinds = :kinds, region_code = :region, address = :address,
                    longitude = :longitude, latitude = :latitude, principal_name = :principalName,
                    principal_phone = :principalPhone, safety_director_name = :directorName,
                    safety_director_phone = :directorPhone, standardization_level = :level, status = :status,
                    updated_at = now()
                where id = :id""")
                .paramSource(parameters(profile).addValue("id", id)).update();
    }

    private static MapSqlParameterSource parameters(EnterpriseProfileRequest profile) {
        return new MapSqlParameterSource()
                .addValue("name", profile.name().strip())
                .addValue("uscc", profile.unifiedSocialCreditCode())
                .addValue("hazchem", profile.hazchemRegistrationCode())
                .addValue("kinds", profile.kinds().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("region", profile.regionCode())
                .addValue("address", profile.address())
                .addValue("longitude", profile.longitude())
                .addValue("latitude", profile.latitude())
                .addValue("principalName", profile.principalName())
                .addValue("principalPhone", profile.principalPhone())
                .addValue("directorName", profile.safetyDirectorName())
                .addValue("directorPhone", profile.safetyDirectorPhone())
                .addValue("level", (profile.standardizationLevel() == null ? StandardizationLevel.NONE
                        : profile.standardizationLevel()).name())
                .addValue("status", (profile.status() == null ? EnterpriseStatus.OPERATING : profile.status()).name());
    }

    private static EnterpriseProfile map(ResultSet rs, int rowNum) throws SQLException {
        return new EnterpriseProfile(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("unified_social_credit_code"), rs.getString("hazchem_registration_code"),
                kinds(rs.getArray("kinds")), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("address"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"),
                rs.getString("principal_name"), rs.getString("principal_phone"), rs.getString("safety_director_name"),
                rs.getString("safety_director_phone"),
                StandardizationLevel.valueOf(rs.getString("standardization_level")),
                EnterpriseStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant());
    }

    static List<EnterpriseKind> kinds(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(EnterpriseKind::valueOf).toList();
    }
}
