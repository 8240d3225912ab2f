package cn.tuoyu.families.boundary;

import java.time.LocalDate;
import java.util.UUID;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildRecord;

/**
 * A child as its guardian sees it; the identity number only masked. The masked name is for screens others may see
 * (a voucher shown at a counter).
 */
public record ChildView(UUID id, String name, String maskedName, String sex, LocalDate birthDate, int ageInMonths,
        String documentKind, String documentNumber, String districtCode) {

    static ChildView of(ChildRecord child, LocalDate today) {
        return new ChildView(child.id(), child.name(), child.maskedName(), child.sex().name(), child.birthDate(),
                Age.inMonths(child.birthDate(), today), child.documentKind().name(), child.maskedDocument(),
                child.districtCode());
    }
}
