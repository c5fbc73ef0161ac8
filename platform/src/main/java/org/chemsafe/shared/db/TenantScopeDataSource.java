package org.chemsafe.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.RequestScope;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The row-level security backstop's half in the platform: every connection handed out carries the caller's tenant
 * scope in the session setting {@code chemsafe.scope}, which the policies read through {@code chemsafe_scope_ids()}
 * (shared migration V1_0_2). The value is {@code *} (every enterprise) outside a request's scope (start-up, event
 * listeners, sign-in before the caller is known) and otherwise the request's resolved enterprise ids.
 * <p>
 * It never queries to resolve a scope: the request's scope was resolved before ({@link RequestScope}), so handing out
 * a connection cannot recurse. The one statement it runs is the {@code set_config} on the connection itself, skipped
 * when the pooled connection already carries the value.
 */
class TenantScopeDataSource extends DelegatingDataSource implements AutoCloseable {

    static final String EVERY_ENTERPRISE = "*";

    /** A scope without enterprises sees none; an empty setting would mean "not set", so it names no real id. */
    static final String NO_ENTERPRISE = new UUID(0, 0).toString();

    private final Map<Connection, String> applied = Collections.synchronizedMap(new WeakHashMap<>());

    TenantScopeDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withScope(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withScope(super.getConnection(username, password));
    }

    /** The setting for the current thread's request scope. */
    static String setting() {
        return RequestScope.current().map(RequestScope.Resolved::filter).map(TenantScopeDataSource::setting)
                .orElse(EVERY_ENTERPRISE);
    }

    private static String setting(EnterpriseFilter filter) {
        if (filter.unrestricted()) {
            return EVERY_ENTERPRISE;
        }
        return filter.enterpriseIds().isEmpty() ? NO_ENTERPRISE
                : filter.enterpriseIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    private Connection withScope(Connection connection) throws SQLException {
        String scope = setting();
        Connection physical = connection.unwrap(Connection.class);
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit && scope.equals(applied.get(physical))) {
            return connection;
        }
        try (PreparedStatement statement = connection.prepareStatement("select set_config('chemsafe.scope', ?, false)")) {
            statement.setString(1, scope);
            statement.execute();
        } catch (SQLException ex) {
            connection.close();
            throw ex;
        }
        // inside a transaction the setting would be undone by a rollback: remember it only when it is committed
        if (autoCommit) {
            applied.put(physical, scope);
        } else {
            applied.remove(physical);
        }
        return connection;
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
