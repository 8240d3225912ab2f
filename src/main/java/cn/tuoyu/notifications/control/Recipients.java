package cn.tuoyu.notifications.control;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who a notice is for: named people (by token subject), the staff of a facility who have opened the app, or one phone
 * number that is nobody's account (an SMS only, no inbox item: e.g. a person named to pick a child up).
 */
public sealed interface Recipients {

    static Recipients people(Collection<String> subjects) {
        return new People(List.copyOf(subjects));
    }

    static Recipients staffOf(UUID facilityId) {
        return new StaffOf(facilityId);
    }

    /** One SMS to this mainland mobile number, sent once per event key, whatever anyone's preferences. */
    static Recipients phone(String number) {
        return new Phone(number);
    }

    record Phone(String number) implements Recipients {

        public Phone {
            if (number == null || !number.matches("\\+?[0-9]{6,20}")) {
                throw new IllegalArgumentException("a phone number is required");
            }
        }
    }

    record People(List<String> subjects) implements Recipients {
    }

    record StaffOf(UUID facilityId) implements Recipients {
    }
}
