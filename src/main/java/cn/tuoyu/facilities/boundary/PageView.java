package cn.tuoyu.facilities.boundary;

import java.util.List;
import java.util.function.Function;

import cn.tuoyu.facilities.control.Page;

/** One page of a list, numbered from 0, with the total count. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageView<T> of(Page<S> page, Function<S, T> map) {
        return new PageView<>(page.items().stream().map(map).toList(), page.page(), page.size(), page.total());
    }
}
