package cn.tuoyu.platform.web;

import java.util.List;

/** One page of a list: items, the page number from 0, the page size, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
