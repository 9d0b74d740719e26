package org.preventduty.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.Paged;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the GOV.UK pagination component needs to show the pages of a list: previous and next links and a window of
 * page numbers with ellipses. Page numbers shown are one-based; links carry the zero-based {@code page} parameter and
 * keep every other query parameter of the list.
 *
 * @param previous the link to the previous page, {@literal null} on the first page.
 * @param next the link to the next page, {@literal null} on the last page.
 * @param items the page numbers and ellipses, in order.
 * @param firstItem the one-based position of the first item shown, 0 when the list is empty.
 * @param lastItem the one-based position of the last item shown.
 * @param totalItems the number of items in the whole list.
 */
public record Pagination(
        @Nullable String previous,
        @Nullable String next,
        List<Item> items,
        long firstItem,
        long lastItem,
        long totalItems) {

    /**
     * One entry of the page list.
     *
     * @param number the one-based page number, 0 for an ellipsis.
     * @param href the link, {@literal null} for an ellipsis.
     * @param current whether this is the page shown.
     */
    public record Item(int number, @Nullable String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    /**
     * Builds the pagination of a page of a list.
     *
     * @param paged the page shown.
     * @param list a builder of the list's URL with its current query parameters; it is not changed.
     */
    public static Pagination of(Paged<?> paged, UriComponentsBuilder list) {
        return of(paged, list, "page");
    }

    /**
     * Builds the pagination of a page of one of several lists on a page, each paged by a parameter of its own.
     *
     * @param parameter the query parameter that gives this list's page.
     */
    public static Pagination of(Paged<?> paged, UriComponentsBuilder list, String parameter) {
        var totalPages = paged.totalPages();
        var current = paged.page();
        var items = new ArrayList<Item>();
        int lastAdded = -1;
        for (int page = 0; page < totalPages; page++) {
            var show = page == 0 || page == totalPages - 1 || Math.abs(page - current) <= 1;
            if (show) {
                if (lastAdded >= 0 && page - lastAdded > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(page + 1, link(list, parameter, page), page == current));
                lastAdded = page;
            }
        }
        var first = paged.totalItems() == 0 ? 0 : (long) current * paged.size() + 1;
        var last = first == 0 ? 0 : first + paged.items().size() - 1;
        return new Pagination(
                current > 0 ? link(list, parameter, current - 1) : null,
                current < totalPages - 1 ? link(list, parameter, current + 1) : null,
                List.copyOf(items),
                first,
                last,
                paged.totalItems());
    }

    /** The zero-based page a query asks for: anything but a number of up to six digits is the first page. */
    public static int number(@Nullable String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    /** The same, with another link to the next page (such as one that says where this page ended). */
    public Pagination withNext(@Nullable String link) {
        return new Pagination(previous, next == null ? null : link, items, firstItem, lastItem, totalItems);
    }

    public boolean needed() {
        return items.size() > 1;
    }

    /** A link within the service: its path and query only, never the host the request named. */
    private static String link(UriComponentsBuilder list, String parameter, int page) {
        var uri = list.cloneBuilder().replaceQueryParam(parameter, page).build().encode();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
