package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class IdempotencyKeyReusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super(422, "idempotency-key-reused", "Idempotency-Key reused",
                "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
    }
}
