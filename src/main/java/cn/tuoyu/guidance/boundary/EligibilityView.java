package cn.tuoyu.guidance.boundary;

import java.util.List;
import java.util.UUID;

import cn.tuoyu.guidance.control.ChildEligibility;

/** Whether one of the caller's children may book now; if not, {@code reason} is the refusal's problem slug. */
public record EligibilityView(UUID childId, boolean mayBook, String reason) {

    static EligibilityView of(ChildEligibility e) {
        return new EligibilityView(e.childId(), e.mayBook(), e.reason());
    }

    static List<EligibilityView> all(List<ChildEligibility> list) {
        return list == null ? null : list.stream().map(EligibilityView::of).toList();
    }
}
