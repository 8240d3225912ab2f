package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class QuantityBelowClaimedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public QuantityBelowClaimedException() {
        super(409, "quantity-below-claimed", "Quantity below claims",
                "The quantity cannot be lower than the number of vouchers already claimed.");
    }
}
