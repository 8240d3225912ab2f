package cn.tuoyu.platform.web;

import java.util.List;
import java.util.function.LongSupplier;

/** One page of a list: items, the page number from 0, the page size, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * A page of {@code found} items, its total counted only when the page cannot tell it: a partly filled page (or an
     * empty first page) is the last one, so the total is what came before it plus what it holds.
     */
    public static <T> Page<T> of(List<T> found, int page, int size, LongSupplier count) {
        boolean last = found.size() < size && (!found.isEmpty() || page == 0);
        return new Page<>(found, page, size, last ? (long) page * size + found.size() : count.getAsLong());
    }
}
