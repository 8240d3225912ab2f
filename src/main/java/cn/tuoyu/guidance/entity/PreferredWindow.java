package cn.tuoyu.guidance.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One window a family offered for its visit ({@code home_visit_windows}); at most one per start time. */
@Embeddable
public class PreferredWindow {

    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;

    protected PreferredWindow() {
    }

    PreferredWindow(TimeWindow window) {
        this.startsAt = window.start();
        this.endsAt = window.end();
    }

    Instant startsAt() {
        return startsAt;
    }

    TimeWindow window() {
        return new TimeWindow(startsAt, endsAt);
    }
}
