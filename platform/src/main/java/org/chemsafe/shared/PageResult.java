package org.chemsafe.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total, the shape every list endpoint answers. */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResult<T> of(List<T> content, PageQuery query, long totalElements) {
        int size = query.pageSize();
        int totalPages = (int) ((totalElements + size - 1) / size);
        return new PageResult<>(List.copyOf(content), query.pageNumber(), size, totalElements, totalPages);
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(content.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
