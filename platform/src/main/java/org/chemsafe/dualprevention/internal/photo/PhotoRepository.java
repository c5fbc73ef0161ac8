package org.chemsafe.dualprevention.internal.photo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of photos: reads in a scope, the bytes only when served. */
@Repository
class PhotoRepository {

    private static final String SELECT = """
            select p.id, p.enterprise_id, p.content_type, p.size_bytes, p.sha256, p.uploaded_at, p.client_id,
                p.taken_at
            from dual_prevention_photo p""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    PhotoRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** Stores the photo unless its enterprise already has one under its client id (then false). */
    boolean insertIfNew(PhotoView photo, byte[] content, UUID uploadedBy) {
        Instant takenAt = photo.takenAt();
        return jdbc.sql("""
                insert into dual_prevention_photo (id, enterprise_id, content_type, content, size_bytes, sha256,
                    uploaded_by, uploaded_at, client_id, taken_at)
                values (:id, :enterpriseId, :contentType, :content, :sizeBytes, :sha256, :uploadedBy, :uploadedAt,
                    :clientId, :takenAt)
                on conflict (enterprise_id, client_id) where client_id is not null do nothing""")
                .param("id", photo.id()).param("enterpriseId", photo.enterpriseId())
                .param("contentType", photo.contentType()).param("content", content)
                .param("sizeBytes", photo.sizeBytes()).param("sha256", photo.sha256())
                .param("uploadedBy", uploadedBy).param("uploadedAt", Timestamp.from(photo.uploadedAt()))
                .param("clientId", photo.clientId(), Types.OTHER)
                .param("takenAt", takenAt == null ? null : Timestamp.from(takenAt), Types.TIMESTAMP)
                .update() == 1;
    }

    Optional<PhotoView> findByClientId(UUID enterpriseId, UUID clientId) {
        return scoped.sql(DataScope.enterprise(enterpriseId), SELECT + " where @scope(p.enterprise_id)"
                + " and p.client_id = :clientId").param("clientId", clientId).query(PhotoRepository::map).optional();
    }

    Optional<PhotoView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(p.enterprise_id) and p.id = :id").param("id", id)
                .query(PhotoRepository::map).optional();
    }

    Optional<byte[]> content(UUID id, DataScope scope) {
        return scoped.sql(scope, "select p.content from dual_prevention_photo p where @scope(p.enterprise_id)"
                + " and p.id = :id").param("id", id).query(byte[].class).optional();
    }

    /** Which of the ids are photos the scope sees. */
    Set<UUID> existing(Collection<UUID> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(scoped.sql(scope, "select p.id from dual_prevention_photo p"
                + " where @scope(p.enterprise_id) and p.id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class).list());
    }

    private static PhotoView map(ResultSet rs, int row) throws SQLException {
        return new PhotoView(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getObject("client_id", UUID.class),
                Optional.ofNullable(rs.getTimestamp("taken_at")).map(Timestamp::toInstant).orElse(null));
    }
}
