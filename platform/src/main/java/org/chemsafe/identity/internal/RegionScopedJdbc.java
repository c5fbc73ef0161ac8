package org.chemsafe.identity.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scoped SQL for rows about people (users, audit entries): besides the enterprises of the scope
 * ({@code @scope(column)}, see {@link ScopedJdbc}), a government scope sees the rows of government users of its
 * region subtree, named with {@code @regions(column)} on the region code column. {@code :scopeIsPlatform} is bound
 * too, for rows only the platform sees (platform users).
 */
@Component
class RegionScopedJdbc {

    private static final Pattern TOKEN = Pattern.compile("@regions\\(([A-Za-z_][A-Za-z0-9_.]*)\\)");
    private static final String REGIONS = "scopeRegionCodes";
    private static final String PLATFORM = "scopeIsPlatform";

    private final ScopedJdbc scoped;
    private final EnterpriseDirectory directory;

    RegionScopedJdbc(ScopedJdbc scoped, EnterpriseDirectory directory) {
        this.scoped = scoped;
        this.directory = directory;
    }

    JdbcClient.StatementSpec sql(DataScope scope, String sql) {
        return scoped.sql(scope, regions(sql)).params(parameters(scope));
    }

    <T> PageResult<T> page(DataScope scope, ScopedJdbc.Page page, Map<String, ?> params, RowMapper<T> mapper,
            PageQuery query) {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(parameters(scope));
        return scoped.page(scope, new ScopedJdbc.Page(page.select(), page.countFrom(), regions(page.where()),
                page.orderBy()), all, mapper, query);
    }

    /** The scope's region codes (none for an enterprise scope; every region for the platform). */
    private Map<String, Object> parameters(DataScope scope) {
        return Map.of(REGIONS, directory.regionCodesWithin(scope).toArray(String[]::new), PLATFORM,
                scope.isPlatform());
    }

    private static String regions(String sql) {
        return TOKEN.matcher(sql).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + " = any(:" + REGIONS + ")"));
    }
}
