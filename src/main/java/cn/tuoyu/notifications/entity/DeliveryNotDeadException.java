package cn.tuoyu.notifications.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Only a dead delivery can be retried; one queued or sent is on its way or done. */
public class DeliveryNotDeadException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DeliveryNotDeadException() {
        super(409, "delivery-not-dead", "Delivery is not dead",
                "Only a dead-lettered delivery can be retried; this one is queued, being sent or sent.");
    }
}
