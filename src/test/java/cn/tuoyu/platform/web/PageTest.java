package cn.tuoyu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPartlyFilledPageTellsTheTotalWithoutCounting() {
        assertEquals(23, Page.of(List.of(1, 2, 3), 2, 10, () -> fail("no count needed")).total());
        assertEquals(0, Page.of(List.of(), 0, 10, () -> fail("no count needed")).total());
    }

    @Test
    void aFullPageOrAnEmptyLaterPageIsCounted() {
        assertEquals(42, Page.of(List.of(1, 2), 0, 2, () -> 42).total());
        assertEquals(7, Page.of(List.of(), 5, 10, () -> 7).total());
    }
}
