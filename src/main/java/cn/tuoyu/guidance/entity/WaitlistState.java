package cn.tuoyu.guidance.entity;

/** A waitlist place: WAITING, then OFFERED a freed seat for a limited time; ACCEPTED, EXPIRED or WITHDRAWN. */
public enum WaitlistState {
    WAITING, OFFERED, ACCEPTED, EXPIRED, WITHDRAWN
}
