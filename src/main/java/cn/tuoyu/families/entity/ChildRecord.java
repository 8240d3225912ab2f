package cn.tuoyu.families.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A registered child as read from the database: the identity number only in its masked form (the plain number is
 * stored encrypted and never read back for display).
 */
public record ChildRecord(UUID id, String name, Sex sex, LocalDate birthDate, DocumentKind documentKind,
        String maskedDocument, String districtCode, Instant registeredAt) {

    public String maskedName() {
        return Masking.name(name);
    }

    public GuardedChild guarded() {
        return new GuardedChild(id, maskedName(), birthDate, districtCode);
    }

    public ChildSummary summary(LocalDate on) {
        return new ChildSummary(id, maskedName(), Age.inMonths(birthDate, on), districtCode);
    }
}
