package cn.tuoyu.hourlycare.entity;

import cn.tuoyu.platform.problems.DomainException;

public class PickupCodeUsedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PickupCodeUsedException() {
        super(409, "pickup-code-used", "Pick-up code already used",
                "This pick-up code has been used already: ask the guardian.");
    }
}
