package cn.tuoyu.families.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child as staff lists show it (roster, exports, attendees): the masked name and birth date, or, once the child has
 * been anonymised, {@link #ANONYMISED_NAME} and nothing else, so that the lists and their counts keep working.
 */
public record ListedChild(UUID id, String maskedName, LocalDate birthDate, boolean anonymised) {

    /** What lists show in place of an anonymised child's name. */
    public static final String ANONYMISED_NAME = "已匿名";

    public static ListedChild anonymised(UUID id) {
        return new ListedChild(id, ANONYMISED_NAME, null, true);
    }

    public static ListedChild of(UUID id, String name, LocalDate birthDate) {
        return new ListedChild(id, Masking.name(name), birthDate, false);
    }

    /** Age in whole months on that day (China time); null once anonymised. */
    public Integer ageInMonths(LocalDate on) {
        return anonymised ? null : Age.inMonths(birthDate, on);
    }

    /** Age in whole months at that instant (China time); null once anonymised. */
    public Integer ageInMonths(Instant at) {
        return anonymised ? null : Age.inMonths(birthDate, at);
    }
}
