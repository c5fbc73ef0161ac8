package org.chemsafe.dualprevention.internal.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A control measure (管控措施) of a risk event with the national fields and codes (domain file §3).
 *
 * @param dataSrc             管控方式: 1 automated monitoring (自动化监控), 2 investigation (隐患排查)
 * @param classify1           管控措施分类1: 1 工程技术, 2 维护保养, 3 操作行为, 4 应急措施
 * @param classify2           管控措施分类2 under classify1, e.g. 1-4 安全仪表
 * @param classify3           管控措施分类3, the enterprise's own
 * @param troubleshootContent 隐患排查内容, what an inspection checks
 */
record ControlMeasureRequest(@NotNull @Min(1) @Max(2) Integer dataSrc,
        @NotBlank @Size(max = 500) String riskMeasureDesc, @NotBlank @SingleLine @Size(max = 8) String classify1,
        @NotBlank @SingleLine @Size(max = 8) String classify2, @Nullable @SingleLine @Size(max = 100) String classify3,
        @Nullable @Size(max = 500) String troubleshootContent) {
}
