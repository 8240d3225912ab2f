package cn.tuoyu.hourlycare.entity;

import java.time.DayOfWeek;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The hours a facility takes children on one weekday, as minutes of the day in China time (closing may be 24:00). */
@Embeddable
public class OpeningHours {

    private int weekday;
    @Column(name = "opens_minute")
    private int opensMinute;
    @Column(name = "closes_minute")
    private int closesMinute;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek day, int opensMinute, int closesMinute) {
        if (opensMinute < 0 || closesMinute > 24 * 60 || opensMinute >= closesMinute) {
            throw new InvalidScheduleException("openingHours");
        }
        this.weekday = day.getValue();
        this.opensMinute = opensMinute;
        this.closesMinute = closesMinute;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(weekday);
    }

    public int opensMinute() {
        return opensMinute;
    }

    public int closesMinute() {
        return closesMinute;
    }
}
