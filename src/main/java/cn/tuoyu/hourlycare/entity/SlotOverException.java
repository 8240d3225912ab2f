package cn.tuoyu.hourlycare.entity;

import cn.tuoyu.platform.problems.DomainException;

public class SlotOverException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SlotOverException() {
        super(422, "care-slot-over", "Slot is over", "This slot has already ended: choose a later one.");
    }
}
