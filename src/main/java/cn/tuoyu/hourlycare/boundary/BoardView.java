package cn.tuoyu.hourlycare.boundary;

import java.time.LocalDate;
import java.util.List;

import cn.tuoyu.hourlycare.control.CareDesk;

/** The live board: children in care now, and today's expected arrivals. */
public record BoardView(LocalDate day, List<StaffSessionView> inCare, List<StaffSessionView> expected) {

    static BoardView of(CareDesk.Board b) {
        return new BoardView(b.day(), b.inCare().stream().map(StaffSessionView::of).toList(),
                b.expected().stream().map(StaffSessionView::of).toList());
    }
}
