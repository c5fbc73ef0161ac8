package org.chemsafe.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/** A page request from query parameters {@code page} (0-based) and {@code size} (default 20, at most 200). */
public record PageQuery(@Nullable @Min(0) @Max(1_000_000) Integer page, @Nullable @Min(1) @Max(200) Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public static PageQuery of(int page, int size) {
        return new PageQuery(page, size);
    }

    public int pageNumber() {
        return page == null ? 0 : page;
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) pageNumber() * pageSize();
    }
}
