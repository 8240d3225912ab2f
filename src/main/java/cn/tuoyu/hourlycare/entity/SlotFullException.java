package cn.tuoyu.hourlycare.entity;

import cn.tuoyu.platform.problems.DomainException;

public class SlotFullException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SlotFullException() {
        super(409, "care-slot-full", "No place left", "Every place of this slot is taken: choose another time.");
    }
}
