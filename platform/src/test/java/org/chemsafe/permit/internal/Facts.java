package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/** Builds the facts of planned work for rule tests: every flag false and nothing planned unless set. */
final class Facts {

    private final WorkType type;
    private boolean fireExplosionArea;
    private boolean equipmentInOperation;
    private boolean inMajorHazardBund;
    private boolean onPipeRack;
    private @Nullable BigDecimal heightMetres;
    private final List<HeightHazardFactor> hazardFactors = new ArrayList<>();
    private final List<HeightCondition> heightConditions = new ArrayList<>();
    private @Nullable BigDecimal loadTonnes;
    private boolean outdoor;
    private @Nullable Integer windForce;
    private final List<WeatherCondition> weather = new ArrayList<>();
    private @Nullable OffsetDateTime plannedStart;
    private @Nullable OffsetDateTime plannedEnd;
    private @Nullable OffsetDateTime servedWorkEnd;
    private boolean specialCase;
    private @Nullable BigDecimal depthMetres;
    private boolean heavyMachinery;
    private boolean buriedHazardousLines;

    private Facts(WorkType type) {
        this.type = type;
    }

    static Facts of(WorkType type) {
        return new Facts(type);
    }

    Facts fireExplosionArea() {
        fireExplosionArea = true;
        return this;
    }

    Facts equipmentInOperation() {
        equipmentInOperation = true;
        return this;
    }

    Facts inMajorHazardBund() {
        inMajorHazardBund = true;
        return this;
    }

    Facts onPipeRack() {
        onPipeRack = true;
        return this;
    }

    Facts height(String metres) {
        heightMetres = new BigDecimal(metres);
        return this;
    }

    Facts factors(HeightHazardFactor... factors) {
        hazardFactors.addAll(List.of(factors));
        return this;
    }

    Facts conditions(HeightCondition... conditions) {
        heightConditions.addAll(List.of(conditions));
        return this;
    }

    Facts load(String tonnes) {
        loadTonnes = new BigDecimal(tonnes);
        return this;
    }

    Facts outdoorsInWind(int force) {
        outdoor = true;
        windForce = force;
        return this;
    }

    Facts weather(WeatherCondition... conditions) {
        outdoor = true;
        weather.addAll(List.of(conditions));
        return this;
    }

    /** Planned from and to, ISO-8601 with offset (e.g. 2026-12-03T09:00+08:00). */
    Facts planned(String start, @Nullable String end) {
        plannedStart = OffsetDateTime.parse(start);
        plannedEnd = end == null ? null : OffsetDateTime.parse(end);
        return this;
    }

    Facts serving(String workEnd) {
        servedWorkEnd = OffsetDateTime.parse(workEnd);
        return this;
    }

    Facts specialCase() {
        specialCase = true;
        return this;
    }

    Facts depth(String metres) {
        depthMetres = new BigDecimal(metres);
        return this;
    }

    Facts heavyMachinery() {
        heavyMachinery = true;
        return this;
    }

    Facts buriedHazardousLines() {
        buriedHazardousLines = true;
        return this;
    }

    ClassifyRequest build() {
        return new ClassifyRequest(type, fireExplosionArea, equipmentInOperation, inMajorHazardBund, onPipeRack,
                heightMetres, hazardFactors, heightConditions, loadTonnes, outdoor, windForce, weather, plannedStart,
                plannedEnd, servedWorkEnd, specialCase, depthMetres, heavyMachinery, buriedHazardousLines);
    }
}
