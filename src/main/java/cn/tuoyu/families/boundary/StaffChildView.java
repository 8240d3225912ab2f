package cn.tuoyu.families.boundary;

import java.time.LocalDate;
import java.util.UUID;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildRecord;

/**
 * A child as health staff of its district see it: name masked, age in whole months instead of the birth date, the
 * identity number only in its masked form (see the table in {@code cn.tuoyu.families}).
 */
public record StaffChildView(UUID id, String maskedName, String sex, int ageInMonths, String documentKind,
        String documentNumber, String districtCode) {

    static StaffChildView of(ChildRecord child, LocalDate today) {
        return new StaffChildView(child.id(), child.maskedName(), child.sex().name(),
                Age.inMonths(child.birthDate(), today), child.documentKind().name(), child.maskedDocument(),
                child.districtCode());
    }
}
