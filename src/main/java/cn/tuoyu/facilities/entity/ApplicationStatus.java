package cn.tuoyu.facilities.entity;

/** DRAFT while materials are uploaded, PENDING once submitted, then decided once: APPROVED or REFUSED. */
public enum ApplicationStatus {
    DRAFT,
    PENDING,
    APPROVED,
    REFUSED
}
