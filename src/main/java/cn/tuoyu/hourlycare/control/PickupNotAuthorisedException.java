package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class PickupNotAuthorisedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PickupNotAuthorisedException() {
        super(403, "pickup-not-authorised", "Not authorised to pick up",
                "This code does not authorise picking up this child: ask a guardian, or a person a guardian named for this session.");
    }
}
