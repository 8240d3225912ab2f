package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** No open offer: This waitlist entry has no open offer: it is still waiting, or the offer expired or was answered. */
public class OfferNotOpenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OfferNotOpenException() {
        super(409, "offer-not-open", "No open offer",
                "This waitlist entry has no open offer: it is still waiting, or the offer expired or was answered.");
    }
}
