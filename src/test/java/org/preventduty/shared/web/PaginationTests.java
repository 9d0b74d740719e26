package org.preventduty.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preventduty.shared.Paged;
import org.springframework.web.util.UriComponentsBuilder;

class PaginationTests {

    private final UriComponentsBuilder list =
            UriComponentsBuilder.fromPath("/admin/users").queryParam("q", "ann lee");

    @Test
    void showsTheFirstLastAndNeighbouringPagesWithEllipses() {
        var pagination = Pagination.of(new Paged<>(Collections.nCopies(25, "x"), 5, 25, 500), list);

        assertThat(pagination.items().stream().map(item -> item.ellipsis() ? "..." : String.valueOf(item.number())))
                .containsExactly("1", "...", "5", "6", "7", "...", "20");
        assertThat(pagination.items().stream()
                        .filter(Pagination.Item::current)
                        .findFirst()
                        .orElseThrow()
                        .number())
                .isEqualTo(6);
        assertThat(pagination.previous()).isEqualTo("/admin/users?q=ann%20lee&page=4");
        assertThat(pagination.next()).isEqualTo("/admin/users?q=ann%20lee&page=6");
        assertThat(pagination.firstItem()).isEqualTo(126);
        assertThat(pagination.lastItem()).isEqualTo(150);
    }

    @Test
    void hasNoLinksBeyondTheEnds() {
        var first = Pagination.of(new Paged<>(List.of("a", "b"), 0, 2, 3), list);
        assertThat(first.previous()).isNull();
        assertThat(first.next()).isNotNull();
        var last = Pagination.of(new Paged<>(List.of("c"), 1, 2, 3), list);
        assertThat(last.next()).isNull();
        assertThat(last.firstItem()).isEqualTo(3);
        assertThat(last.lastItem()).isEqualTo(3);
    }

    @Test
    void isNotNeededForOnePageOrAnEmptyList() {
        assertThat(Pagination.of(new Paged<>(List.of("a"), 0, 25, 1), list).needed())
                .isFalse();
        var empty = Pagination.of(new Paged<String>(List.of(), 0, 25, 0), list);
        assertThat(empty.needed()).isFalse();
        assertThat(empty.firstItem()).isZero();
    }
}
