package org.preventduty.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the shape the API returns: {@code {"items": [...], "page": 0, "size": 50, "totalItems": 123}}.
 *
 * @param items the items of this page, never {@literal null}.
 * @param page the zero-based page number.
 * @param size the page size asked for.
 * @param totalItems the number of items on all pages.
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems) {

    /** The largest page the API and the pages serve. */
    public static final int MAX_SIZE = 500;

    public Paged {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    /**
     * A page (from 0; a page past the end is empty) of a list already held whole, for short lists worked out in memory
     * such as a council's action plan.
     */
    public static <T> Paged<T> slice(List<T> all, int page, int size) {
        var at = Math.max(0, page);
        var from = (int) Math.min(all.size(), offset(at, size));
        return new Paged<>(all.subList(from, Math.min(all.size(), from + size)), at, size, all.size());
    }

    /** The offset of the first item of the page in a query. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    /**
     * Checks the paging parameters of a request.
     *
     * @throws IllegalArgumentException when the page is negative or the size is not between 1 and {@link #MAX_SIZE}.
     */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
