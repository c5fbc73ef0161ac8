package org.chemsafe.enterprise.internal.excel;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.enterprise.internal.excel.ChemicalResolver.Ambiguous;
import org.chemsafe.enterprise.internal.excel.ChemicalResolver.BadCas;
import org.chemsafe.enterprise.internal.excel.ChemicalResolver.Candidate;
import org.chemsafe.enterprise.internal.excel.ChemicalResolver.Found;
import org.chemsafe.enterprise.internal.excel.ImportSummary.SheetSummary;
import org.chemsafe.enterprise.internal.excel.RegistryExcelRepository.TankRow;
import org.chemsafe.enterprise.internal.excel.RegistryExcelRepository.UnitRow;
import org.chemsafe.enterprise.internal.unit.Inventories;
import org.chemsafe.enterprise.internal.unit.Tanks;
import org.chemsafe.enterprise.internal.unit.Units;
import org.chemsafe.enterprise.internal.unit.Units.Change;
import org.chemsafe.enterprise.internal.unit.Units.Saved;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.excel.CellText;
import org.chemsafe.shared.excel.Choices;
import org.chemsafe.shared.excel.ExcelImports;
import org.chemsafe.shared.excel.ImportProblem;
import org.chemsafe.shared.excel.SheetReader;
import org.chemsafe.shared.web.Problems;
import org.chemsafe.shared.web.XlsxReader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports registry sheets all or nothing. The whole workbook is read first; then, in one transaction, every row is
 * checked (cells, duplicates within the file, references to tank farms and units in the file or stored, chemicals,
 * and the constraints and rules of the unit services); if any row is bad nothing is written and the answer lists
 * every bad cell. Otherwise every row is written: a code that is new is registered, an existing code is updated
 * (units by code, tanks by tank farm and code, inventory items by unit and chemical), and a row equal to what is
 * stored is left alone and counted unchanged. Each unit whose tanks or inventory changed is announced once with
 * {@link UnitInventoryChanged}. Nothing is ever deleted.
 */
@Service
class RegistryImporter {

    /** The most data rows one upload may hold, all sheets together. */
    static final int MAX_ROWS = 5_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    private static final Map<String, String> TANK_FIELDS = Map.of("chemicalId", "chemical");
    private static final Map<String, String> INVENTORY_FIELDS = Map.of("chemicalId", "chemical");

    private final Units units;
    private final Tanks tanks;
    private final Inventories inventories;
    private final RegistryExcelRepository repository;
    private final ChemicalCatalogue catalogue;
    private final RegistryLabels labels;
    private final Problems messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    RegistryImporter(Units units, Tanks tanks, Inventories inventories, RegistryExcelRepository repository,
            ChemicalCatalogue catalogue, RegistryLabels labels, Problems messages, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.units = units;
        this.tanks = tanks;
        this.inventories = inventories;
        this.repository = repository;
        this.catalogue = catalogue;
        this.labels = labels;
        this.messages = messages;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports the given sheets of an upload into the enterprise (already checked to be the caller's to write). */
    ImportSummary importFile(Actor actor, UUID enterpriseId, String kind, Set<RegistrySheet> wanted,
            InputStream upload) {
        Map<RegistrySheet, String> names = new EnumMap<>(RegistrySheet.class);
        List<XlsxReader.Sheet> read = ExcelImports.read(upload,
                new XlsxReader.Limits(MAX_BYTES, MAX_UNPACKED_BYTES, MAX_ROWS), all -> choose(all, wanted, names));
        if (names.isEmpty()) {
            throw ExcelImports.noSheet(wanted.stream().map(labels::sheetName).toList());
        }
        Map<RegistrySheet, XlsxReader.Sheet> sheets = new EnumMap<>(RegistrySheet.class);
        names.forEach((sheet, name) -> read.stream().filter(data -> data.name().equals(name)).findFirst()
                .ifPresent(data -> sheets.put(sheet, data)));
        ImportSummary summary = transaction.execute(status -> new Run(actor, enterpriseId, kind).run(sheets));
        if (summary == null) {
            throw new IllegalStateException("the import answered nothing");
        }
        return summary;
    }

    /**
     * Which sheets to read: each wanted sheet by its name; for a one-sheet import of a workbook without that name, its
     * first sheet that is neither the notes nor another registry sheet.
     */
    private Set<String> choose(List<String> all, Set<RegistrySheet> wanted, Map<RegistrySheet, String> names) {
        for (RegistrySheet sheet : wanted) {
            Set<String> accepted = labels.sheetNames(sheet);
            all.stream().filter(name -> accepted.contains(CellText.key(name))).findFirst()
                    .ifPresent(name -> names.put(sheet, name));
        }
        if (names.isEmpty() && wanted.size() == 1) {
            Set<String> reserved = new LinkedHashSet<>(labels.guideNames());
            for (RegistrySheet sheet : RegistrySheet.values()) {
                reserved.addAll(labels.sheetNames(sheet));
            }
            all.stream().filter(name -> !reserved.contains(CellText.key(name))).findFirst()
                    .ifPresent(name -> names.put(wanted.iterator().next(), name));
        }
        return Set.copyOf(names.values());
    }

    /** A unit the file or the database has: its kind (null when the file's cell is bad) and id (null when new). */
    private record KnownUnit(@Nullable HazardUnitKind kind, @Nullable UUID id) {
    }

    private record UnitPlan(int row, Units.Draft draft, @Nullable UUID existingId) {
    }

    private record TankPlan(String farmCode, Tanks.Draft draft, @Nullable UUID existingId) {
    }

    private record InventoryPlan(String unitCode, Inventories.Draft draft) {
    }

    /** One import: the checks, then the writes. */
    private final class Run {

        private final Actor actor;
        private final UUID enterpriseId;
        private final String kind;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, UnitRow> storedUnits = new HashMap<>();
        private final Map<String, KnownUnit> fileUnits = new LinkedHashMap<>();
        private final List<UnitPlan> unitPlans = new ArrayList<>();
        private final List<TankPlan> tankPlans = new ArrayList<>();
        private final List<InventoryPlan> inventoryPlans = new ArrayList<>();
        private @Nullable ChemicalResolver resolver;

        Run(Actor actor, UUID enterpriseId, String kind) {
            this.actor = actor;
            this.enterpriseId = enterpriseId;
            this.kind = kind;
        }

        ImportSummary run(Map<RegistrySheet, XlsxReader.Sheet> sheets) {
            repository.units(enterpriseId).forEach(unit -> storedUnits.put(unit.code(), unit));
            Map<RegistrySheet, SheetReader> readers = new EnumMap<>(RegistrySheet.class);
            sheets.forEach((sheet, data) -> readers.put(sheet,
                    new SheetReader(sheet.columns(), data, labels.of(sheet), messages, problems)));
            if (readers.values().stream().allMatch(reader -> reader.rows().isEmpty())) {
                readers.values().forEach(SheetReader::reportNoData);
                throw ExcelImports.noData(problems, order(readers));
            }
            if (readers.containsKey(RegistrySheet.UNITS)) {
                checkUnits(readers.get(RegistrySheet.UNITS));
            }
            if (readers.containsKey(RegistrySheet.TANKS)) {
                checkTanks(readers.get(RegistrySheet.TANKS));
            }
            if (readers.containsKey(RegistrySheet.INVENTORY)) {
                checkInventory(readers.get(RegistrySheet.INVENTORY));
            }
            if (!problems.isEmpty()) {
                throw ExcelImports.rejected(problems, order(readers));
            }
            return write(readers);
        }

        /**
         * The chemical the row's cell names (one of {@code current}, the chemicals the row's tank or unit has now, if
         * it names one); an unknown, ambiguous or bad CAS number is reported.
         */
        private @Nullable UUID chemical(SheetReader.Row row, Collection<UUID> current) {
            String text = row.lookup("chemical");
            if (text == null) {
                return null;
            }
            ChemicalResolver.Resolution resolution = resolver().resolve(text, current);
            if (resolution instanceof Found found) {
                return found.id();
            }
            if (resolution instanceof Ambiguous ambiguous) {
                row.problem("chemical", "chemical.ambiguous", "registry-excel.chemical.ambiguous",
                        CellText.quote(text), String.join("、", ambiguous.names().stream().map(CellText::quote).toList()));
            } else if (resolution instanceof BadCas) {
                row.problem("chemical", "chemical.cas-invalid", "registry-excel.chemical.cas-invalid",
                        CellText.quote(text));
            } else {
                row.problem("chemical", "chemical.unknown", "registry-excel.chemical.unknown", CellText.quote(text));
            }
            return null;
        }

        private ChemicalResolver resolver() {
            ChemicalResolver current = resolver;
            if (current == null) {
                List<Candidate> table1 = catalogue.references().stream().map(row -> new Candidate(row.id(),
                        row.name(), row.aliases(), row.casNumbers(), false, null)).toList();
                current = new ChemicalResolver(repository.ownChemicals(enterpriseId), table1);
                resolver = current;
            }
            return current;
        }

        private void checkUnits(SheetReader sheet) {
            Choices kinds = choices("kind");
            Choices statuses = choices("status");
            Choices processes = choices("hazardousProcesses");
            Map<String, Integer> seen = new HashMap<>();
            for (SheetReader.Row row : sheet.rows()) {
                String code = row.code("code");
                String name = row.text("name");
                String kindCode = row.choice("kind", kinds);
                Set<String> processCodes = row.choices("hazardousProcesses", processes);
                String statusCode = row.choice("status", statuses);
                if (code != null && row.duplicate("code", code, seen)) {
                    code = null;
                }
                HazardUnitKind unitKind = kindCode == null ? null : HazardUnitKind.valueOf(kindCode);
                UnitRow stored = code == null ? null : storedUnits.get(code);
                Units.Draft draft = new Units.Draft(unitKind, code, name, processCodes,
                        statusCode == null ? null : ProductionStatus.valueOf(statusCode));
                row.problems(units.check(enterpriseId, draft, stored == null ? null : stored.id()), Map.of());
                if (code != null) {
                    fileUnits.put(code, new KnownUnit(unitKind, stored == null ? null : stored.id()));
                }
                unitPlans.add(new UnitPlan(row.number(), draft, stored == null ? null : stored.id()));
            }
        }

        private void checkTanks(SheetReader sheet) {
            Choices types = choices("tankType");
            Map<String, Integer> seen = new HashMap<>();
            Map<UUID, Map<String, TankRow>> storedTanks = new HashMap<>();
            repository.tanks(enterpriseId).forEach(tank -> storedTanks
                    .computeIfAbsent(tank.tankFarmId(), farm -> new HashMap<>()).put(tank.code(), tank));
            for (SheetReader.Row row : sheet.rows()) {
                String farmCode = row.code("tankFarm");
                String code = row.code("code");
                KnownUnit farm = farmCode == null ? null : known(farmCode);
                if (farmCode != null && farm == null) {
                    row.problem("tankFarm", "reference.unknown", "registry-excel.reference.tank-farm",
                            CellText.quote(farmCode));
                }
                if (farmCode != null && code != null && row.duplicate("code", farmCode + "\u0000" + code, seen)) {
                    code = null;
                }
                UUID farmId = farm == null ? null : farm.id();
                TankRow stored = farmId == null || code == null ? null
                        : storedTanks.getOrDefault(farmId, Map.of()).get(code);
                UUID existing = stored == null ? null : stored.id();
                String type = row.choice("tankType", types);
                BigDecimal volume = row.number("volumeM3");
                UUID chemical = chemical(row,
                        stored == null || stored.chemicalId() == null ? Set.of() : Set.of(stored.chemicalId()));
                BigDecimal pressure = row.number("designPressureMpa");
                BigDecimal temperature = row.number("designTemperatureC");
                BigDecimal fill = row.number("maxFillRatio");
                Tanks.Draft draft = new Tanks.Draft(code, type, volume, chemical, pressure, temperature, fill);
                HazardUnitKind farmKind = farm == null || farm.kind() == null ? HazardUnitKind.TANK_FARM : farm.kind();
                row.problems(tanks.check(enterpriseId, farmKind, farmId, draft, existing), TANK_FIELDS);
                if (farmCode != null) {
                    tankPlans.add(new TankPlan(farmCode, draft, existing));
                }
            }
        }

        private void checkInventory(SheetReader sheet) {
            Map<String, Integer> seen = new HashMap<>();
            Map<UUID, Set<UUID>> held = new HashMap<>();
            repository.inventory(enterpriseId).forEach(item -> held
                    .computeIfAbsent(item.unitId(), unit -> new HashSet<>()).add(item.chemicalId()));
            for (SheetReader.Row row : sheet.rows()) {
                String unitCode = row.code("unit");
                KnownUnit unit = unitCode == null ? null : known(unitCode);
                UUID chemical = chemical(row,
                        unit == null || unit.id() == null ? Set.of() : held.getOrDefault(unit.id(), Set.of()));
                BigDecimal tonnes = row.number("designMaxTonnes");
                if (unitCode != null && unit == null) {
                    row.problem("unit", "reference.unknown", "registry-excel.reference.unit", CellText.quote(unitCode));
                }
                if (unitCode != null && chemical != null
                        && row.duplicate("chemical", unitCode + "\u0000" + chemical, seen)) {
                    chemical = null;
                }
                Inventories.Draft draft = new Inventories.Draft(chemical, tonnes);
                row.problems(inventories.check(enterpriseId, unit == null ? null : unit.kind(), draft),
                        INVENTORY_FIELDS);
                if (unitCode != null) {
                    inventoryPlans.add(new InventoryPlan(unitCode, draft));
                }
            }
        }

        /** A unit of the file's units sheet, else a stored one. */
        private @Nullable KnownUnit known(String code) {
            KnownUnit inFile = fileUnits.get(code);
            if (inFile != null) {
                return inFile;
            }
            UnitRow stored = storedUnits.get(code);
            return stored == null ? null : new KnownUnit(stored.kind(), stored.id());
        }

        private Choices choices(String field) {
            Choices choices = labels.choices(field);
            if (choices == null) {
                throw new IllegalArgumentException(field);
            }
            return choices;
        }

        private List<String> order(Map<RegistrySheet, SheetReader> readers) {
            return readers.values().stream().map(SheetReader::sheetName).toList();
        }

        private ImportSummary write(Map<RegistrySheet, SheetReader> readers) {
            List<SheetSummary> sheets = new ArrayList<>();
            Map<String, UUID> unitIds = new HashMap<>();
            storedUnits.forEach((code, unit) -> unitIds.put(code, unit.id()));
            Set<UUID> changedUnits = new LinkedHashSet<>();
            String statusReason = labels.file("registry-excel.status-reason");
            if (readers.containsKey(RegistrySheet.UNITS)) {
                int[] counts = new int[3];
                for (UnitPlan plan : unitPlans) {
                    Saved saved = units.save(actor, enterpriseId, plan.draft(), plan.existingId(), statusReason);
                    unitIds.put(required(plan.draft().code()), saved.id());
                    counts[saved.change().ordinal()]++;
                }
                sheets.add(summary(RegistrySheet.UNITS, readers, unitPlans.size(), counts));
            }
            if (readers.containsKey(RegistrySheet.TANKS)) {
                int[] counts = new int[3];
                for (TankPlan plan : tankPlans) {
                    UUID farmId = required(unitIds.get(plan.farmCode()));
                    Saved saved = tanks.save(enterpriseId, farmId, plan.draft(), plan.existingId());
                    if (saved.change() != Change.UNCHANGED) {
                        changedUnits.add(farmId);
                    }
                    counts[saved.change().ordinal()]++;
                }
                sheets.add(summary(RegistrySheet.TANKS, readers, tankPlans.size(), counts));
            }
            if (readers.containsKey(RegistrySheet.INVENTORY)) {
                int[] counts = new int[3];
                for (InventoryPlan plan : inventoryPlans) {
                    UUID unitId = required(unitIds.get(plan.unitCode()));
                    Saved saved = inventories.save(enterpriseId, unitId, plan.draft());
                    if (saved.change() != Change.UNCHANGED) {
                        changedUnits.add(unitId);
                    }
                    counts[saved.change().ordinal()]++;
                }
                sheets.add(summary(RegistrySheet.INVENTORY, readers, inventoryPlans.size(), counts));
            }
            changedUnits.forEach(unitId -> events.publishEvent(new UnitInventoryChanged(unitId, enterpriseId)));
            return new ImportSummary(enterpriseId, kind, sheets.stream().mapToInt(SheetSummary::rows).sum(),
                    sheets.stream().mapToInt(SheetSummary::created).sum(),
                    sheets.stream().mapToInt(SheetSummary::updated).sum(),
                    sheets.stream().mapToInt(SheetSummary::unchanged).sum(), sheets);
        }

        private SheetSummary summary(RegistrySheet sheet, Map<RegistrySheet, SheetReader> readers, int rows,
                int[] counts) {
            return new SheetSummary(sheet.key(), readers.get(sheet).sheetName(), rows,
                    counts[Change.CREATED.ordinal()], counts[Change.UPDATED.ordinal()],
                    counts[Change.UNCHANGED.ordinal()]);
        }
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("a checked row lost its reference");
        }
        return value;
    }
}
