package cn.tuoyu.vouchers.entity;

/**
 * A published batch as the public sees it: not yet open, open (some left), sold out, paused, or closed (its window
 * is over, or staff closed it). Derived from the batch's status, window and counter; never stored.
 */
public enum Availability {

    NOT_YET_OPEN, OPEN, SOLD_OUT, PAUSED, CLOSED
}
