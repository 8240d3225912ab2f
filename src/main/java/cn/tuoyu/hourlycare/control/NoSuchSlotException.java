package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class NoSuchSlotException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NoSuchSlotException() {
        super(422, "care-slot-not-found", "No such slot",
                "The facility has no hourly-care slot starting then: pick one of the open slots.");
    }
}
