package cn.tuoyu.notifications.control;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Who a notice is for: named people (by token subject), or the staff of a facility who have opened the app. */
public sealed interface Recipients {

    static Recipients people(Collection<String> subjects) {
        return new People(List.copyOf(subjects));
    }

    static Recipients staffOf(UUID facilityId) {
        return new StaffOf(facilityId);
    }

    record People(List<String> subjects) implements Recipients {
    }

    record StaffOf(UUID facilityId) implements Recipients {
    }
}
