package cn.tuoyu.entitlements.entity;

import java.time.LocalDate;

import cn.tuoyu.families.entity.Age;

/** How the count of a rule renews. Days are China dates (Asia/Shanghai), never UTC. */
public enum WindowKind {

    /** 1 January to 31 December. */
    CALENDAR_YEAR {

        @Override
        public Window around(LocalDate birthDate, LocalDate day) {
            LocalDate start = day.withDayOfYear(1);
            return new Window(this, start, start.plusYears(1));
        }
    },
    /** From one birthday to the next (the child's n-th year of life). */
    AGE_YEAR {

        @Override
        public Window around(LocalDate birthDate, LocalDate day) {
            int years = Math.max(0, Age.inMonths(birthDate, day)) / 12;
            return new Window(this, birthDate.plusYears(years), birthDate.plusYears(years + 1L));
        }
    };

    /** The window that holds the given China date for a child born on {@code birthDate}. */
    public abstract Window around(LocalDate birthDate, LocalDate day);
}
