package org.chemsafe.shared;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way to read enterprise-owned rows: SQL that names the caller's scope with {@code @scope(column)} where the
 * enterprise id column is compared, e.g.
 *
 * <pre>{@code
 * scoped.sql(scope, "select * from hazard_unit u where @scope(u.enterprise_id) and u.id = :id")
 *       .param("id", id).query(mapper).optional();
 * }</pre>
 *
 * The token becomes the scope's predicate and its parameter is bound here, so a caller cannot forget either. A
 * statement without the token is refused: an unscoped read of enterprise-owned rows must use plain {@link JdbcClient}
 * and say why. {@link #page} runs the count and the page of a list query with the same scoped WHERE clause.
 */
@Component
public class ScopedJdbc {

    private static final Pattern TOKEN = Pattern.compile("@scope\\(([A-Za-z_][A-Za-z0-9_.]*)\\)");

    private final JdbcClient jdbc;
    private final ScopeResolver resolver;

    public ScopedJdbc(JdbcClient jdbc, ScopeResolver resolver) {
        this.jdbc = jdbc;
        this.resolver = resolver;
    }

    /**
     * A statement whose {@code @scope(column)} tokens are replaced by the scope's predicate, parameter bound. The
     * request's scope is resolved once per request ({@link RequestScope}); any other scope is resolved here.
     */
    public JdbcClient.StatementSpec sql(DataScope scope, String sql) {
        EnterpriseFilter filter = RequestScope.filterFor(scope).orElseGet(() -> resolver.filterFor(scope));
        Matcher matcher = TOKEN.matcher(sql);
        if (!matcher.find()) {
            throw new IllegalArgumentException("a scoped statement names its scope with @scope(column): " + sql);
        }
        String scopedSql = matcher.replaceAll(match -> Matcher.quoteReplacement(filter.sql(match.group(1))));
        JdbcClient.StatementSpec statement = jdbc.sql(scopedSql);
        return filter.unrestricted() ? statement : statement.param(EnterpriseFilter.PARAMETER, filter.ids());
    }

    /**
     * One page of a scoped list: {@code select} is the column list with its FROM and joins, {@code where} the
     * scoped WHERE clause (with {@code @scope(column)}), {@code countFrom} the FROM part the count needs (often
     * without the joins that only add columns), {@code orderBy} the sort with a unique last key.
     */
    public <T> PageResult<T> page(DataScope scope, Page page, Map<String, ?> params, RowMapper<T> mapper,
            PageQuery query) {
        long total = sql(scope, "select count(*) from " + page.countFrom() + " where " + page.where()).params(params)
                .query(Long.class).single();
        if (total == 0 || query.offset() >= total) {
            return PageResult.of(List.of(), query, total);
        }
        List<T> content = sql(scope, page.select() + " where " + page.where() + " order by " + page.orderBy()
                + " limit :pageLimit offset :pageOffset").params(params).param("pageLimit", query.pageSize())
                .param("pageOffset", query.offset()).query(mapper).list();
        return PageResult.of(content, query, total);
    }

    /** The parts of a paged list query; see {@link #page}. */
    public record Page(String select, String countFrom, String where, String orderBy) {
    }
}
