package cn.tuoyu.families.entity;

import java.time.LocalDate;
import java.util.UUID;

/** What other features need of a child its caller guards: no identifiers, name masked. */
public record GuardedChild(UUID id, String maskedName, LocalDate birthDate, String districtCode) {

    public int ageInMonths(LocalDate on) {
        return Age.inMonths(birthDate, on);
    }
}
