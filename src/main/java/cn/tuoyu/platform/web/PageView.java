package cn.tuoyu.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as it goes out: the items, the page number from 0, the page size and how many there are in all.
 * Every paged list answers in this shape, asked with a {@link PageRequest}.
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> map) {
        return new PageView<>(page.items().stream().map(map).toList(), page.page(), page.size(), page.total());
    }
}
