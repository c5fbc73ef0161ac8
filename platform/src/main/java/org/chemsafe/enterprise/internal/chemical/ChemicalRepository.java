package org.chemsafe.enterprise.internal.chemical;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChemicalRepository {

    /** Every entry, with what a link to a Table 1 row inherits taken from that row. */
    private static final String RESOLVED = """
            select c.id, c.enterprise_id, c.reference_chemical_id,
                   coalesce(r.name, c.name) as name,
                   coalesce(r.aliases, '{}') || c.aliases as aliases,
                   coalesce(r.cas_numbers, c.cas_numbers) as cas_numbers,
                   coalesce(r.gb18218_seq, c.gb18218_seq) as gb18218_seq,
                   coalesce(r.critical_tonnes, c.critical_tonnes) as critical_tonnes,
                   c.hazard_categories, c.key_supervised, c.highly_toxic, c.explosive_precursor,
                   c.density, c.lel, c.pc_twa, c.pc_stel, c.mac
            from chemical c left join chemical r on r.id = c.reference_chemical_id""";

    private static final String REFERENCES = RESOLVED + " where c.enterprise_id is null";
    private static final String BY_SEQ = " order by c.gb18218_seq";

    private static final String MATCHES_TEXT = """
            (cast(:pattern as text) is null or e.name ilike :pattern
             or exists (select 1 from unnest(e.aliases || e.cas_numbers) as n (v) where v ilike :pattern))""";

    /** Exact matches of the text first, then Table 1 by row number, then the enterprises' chemicals by name. */
    private static final String ORDER = """
            coalesce(e.name = cast(:text as varchar) or cast(:text as varchar) = any(e.aliases)
                              or cast(:text as varchar) = any(e.cas_numbers), false) desc,
                     e.enterprise_id is not null, case when e.enterprise_id is null then e.gb18218_seq end,
                     e.name, e.id""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    ChemicalRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** A Table 1 row, or an enterprise's chemical if the scope may see it. */
    Optional<ChemicalInfo> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, RESOLVED + " where (c.enterprise_id is null or @scope(c.enterprise_id)) and c.id = :id")
                .param("id", id).query(ChemicalRepository::map).optional();
    }

    /**
     * Internal look-up without a scope: for the catalogue API ({@link DefaultChemicalCatalogue}), whose callers
     * accept only reference rows and their own enterprise's chemicals, and for reading Table 1 rows.
     */
    Optional<ChemicalInfo> find(UUID id) {
        return jdbc.sql(RESOLVED + " where c.id = :id").param("id", id).query(ChemicalRepository::map).optional();
    }

    List<ChemicalInfo> references() {
        return jdbc.sql(REFERENCES + BY_SEQ).query(ChemicalRepository::map).list();
    }

    List<ChemicalInfo> referencesByCas(CasNumber cas) {
        return jdbc.sql(REFERENCES + " and c.cas_numbers @> array[cast(:cas as varchar)]" + BY_SEQ)
                .param("cas", cas.value()).query(ChemicalRepository::map).list();
    }

    List<ChemicalInfo> referencesByName(String nameOrAlias) {
        return jdbc.sql(REFERENCES + " and (c.name = :name or c.aliases @> array[cast(:name as varchar)])" + BY_SEQ)
                .param("name", nameOrAlias).query(ChemicalRepository::map).list();
    }

    /**
     * Entries of the section whose name, alias or CAS number contains the text: Table 1 rows, and the enterprises'
     * chemicals the filter permits (only those of {@code enterpriseId} when given).
     */
    PageResult<ChemicalInfo> search(DataScope scope, CatalogueSection section, @Nullable UUID enterpriseId,
            @Nullable String text, PageQuery page) {
        String ofEnterprise = "(cast(:enterpriseId as uuid) is null or e.enterprise_id = :enterpriseId)";
        String sectionPredicate = switch (section) {
            case REFERENCE -> "e.enterprise_id is null";
            case ENTERPRISE -> "e.enterprise_id is not null and " + ofEnterprise;
            case ALL -> "(e.enterprise_id is null or " + ofEnterprise + ")";
        };
        String where = sectionPredicate + " and (e.enterprise_id is null or @scope(e.enterprise_id)) and "
                + MATCHES_TEXT;
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        params.put("pattern", SqlText.containsPattern(text));
        params.put("text", text == null ? null : text.strip());
        String from = "(" + RESOLVED + ") e";
        return scoped.page(scope, new ScopedJdbc.Page("select e.* from " + from, from, where, ORDER), params,
                ChemicalRepository::map, page);
    }

    /** Whether another chemical of the enterprise (not {@code exceptId}) goes by this name, own or inherited. */
    boolean nameTaken(UUID enterpriseId, String name, @Nullable UUID exceptId) {
        return jdbc.sql("select exists(select 1 from (" + RESOLVED + ") e where e.enterprise_id = :enterpriseId"
                + " and e.name = :name and (cast(:exceptId as uuid) is null or e.id <> :exceptId))")
                .param("enterpriseId", enterpriseId).param("name", name).param("exceptId", exceptId)
                .query(Boolean.class).single();
    }

    UUID insert(UUID enterpriseId, ChemicalRequest chemical) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into chemical (id, enterprise_id, reference_chemical_id, name, aliases, cas_numbers,
                                      hazard_categories, key_supervised, highly_toxic, explosive_precursor,
                                      density, lel, pc_twa, pc_stel, mac)
                values (:id, :enterpriseId, :referenceChemicalId, :name, :aliases, :casNumbers,
                        :hazardCategories, :keySupervised, :highlyToxic, :explosivePrecursor,
                        :density, :lel, :pcTwa, :pcStel, :mac)""")
                .params(values(chemical)).param("id", id).param("enterpriseId", enterpriseId).update();
        return id;
    }

    void update(UUID id, ChemicalRequest chemical) {
        jdbc.sql("""
                update chemical set reference_chemical_id = :referenceChemicalId, name = :name, aliases = :aliases,
                       cas_numbers = :casNumbers, hazard_categories = :hazardCategories,
                       key_supervised = :keySupervised, highly_toxic = :highlyToxic,
                       explosive_precursor = :explosivePrecursor, density = :density, lel = :lel,
                       pc_twa = :pcTwa, pc_stel = :pcStel, mac = :mac, updated_at = now()
                where id = :id and enterprise_id is not null""")
                .params(values(chemical)).param("id", id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from chemical where id = :id and enterprise_id is not null").param("id", id).update();
    }

    /** Inserts or corrects a Table 1 row, keyed by its row number; whether anything changed. */
    boolean upsertReference(Table1Row row) {
        return jdbc.sql("""
                insert into chemical (id, gb18218_seq, name, aliases, cas_numbers, critical_tonnes)
                values (:id, :seq, :name, :aliases, :casNumbers, :criticalTonnes)
                on conflict (gb18218_seq) do update
                    set name = excluded.name, aliases = excluded.aliases, cas_numbers = excluded.cas_numbers,
                        critical_tonnes = excluded.critical_tonnes, updated_at = now()
                    where (chemical.name, chemical.aliases, chemical.cas_numbers, chemical.critical_tonnes)
                          is distinct from (excluded.name, excluded.aliases, excluded.cas_numbers,
                                            excluded.critical_tonnes)""")
                .param("id", referenceId(row.seq())).param("seq", row.seq()).param("name", row.name())
                .param("aliases", row.aliases().toArray(String[]::new))
                .param("casNumbers", row.casNumbers().stream().map(CasNumber::value).toArray(String[]::new))
                .param("criticalTonnes", row.criticalTonnes())
                .update() > 0;
    }

    /**
     * A Table 1 row's id, derived from its row number: every installation gives a row the same id, and links to it
     * stay valid through corrections of the table.
     */
    private static UUID referenceId(int table1Seq) {
        return UUID.nameUUIDFromBytes(("GB 18218-2018 Table 1 row " + table1Seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, @Nullable Object> values(ChemicalRequest chemical) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("referenceChemicalId", chemical.referenceChemicalId());
        values.put("name", chemical.name());
        values.put("aliases", chemical.aliases().toArray(String[]::new));
        values.put("casNumbers", chemical.cas() == null ? new String[0] : new String[] {chemical.cas()});
        values.put("hazardCategories", chemical.hazardCategories().toArray(String[]::new));
        values.put("keySupervised", chemical.keySupervised());
        values.put("highlyToxic", chemical.highlyToxic());
        values.put("explosivePrecursor", chemical.explosivePrecursor());
        values.put("density", chemical.density());
        values.put("lel", chemical.lel());
        values.put("pcTwa", chemical.pcTwa());
        values.put("pcStel", chemical.pcStel());
        values.put("mac", chemical.mac());
        return values;
    }

    private static ChemicalInfo map(ResultSet rs, int rowNum) throws SQLException {
        return new ChemicalInfo(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("reference_chemical_id", UUID.class), rs.getString("name"), strings(rs.getArray("aliases")),
                strings(rs.getArray("cas_numbers")), rs.getObject("gb18218_seq", Integer.class),
                rs.getBigDecimal("critical_tonnes"), strings(rs.getArray("hazard_categories")),
                rs.getBoolean("key_supervised"), rs.getBoolean("highly_toxic"), rs.getBoolean("explosive_precursor"),
                rs.getBigDecimal("density"), rs.getBigDecimal("lel"), rs.getBigDecimal("pc_twa"),
                rs.getBigDecimal("pc_stel"), rs.getBigDecimal("mac"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
