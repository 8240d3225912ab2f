package cn.tuoyu.families.boundary;

import java.time.LocalDate;
import java.util.UUID;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildRecord;

/** A child as health staff of its district see it: name and identity number masked. */
public record StaffChildView(UUID id, String maskedName, String sex, LocalDate birthDate, int ageInMonths,
        String documentKind, String documentNumber, String districtCode) {

    static StaffChildView of(ChildRecord child, LocalDate today) {
        return new StaffChildView(child.id(), child.maskedName(), child.sex().name(), child.birthDate(),
                Age.inMonths(child.birthDate(), today), child.documentKind().name(), child.maskedDocument(),
                child.districtCode());
    }
}
