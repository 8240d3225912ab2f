package cn.tuoyu.guidance.entity;

/** What a no-show at a parent class does to the reserved guidance unit; chosen per district (default CONSUME). */
public enum NoShowRule {
    /** the seat was held for the child: the unit counts as used */
    CONSUME,
    /** the unit goes back to the child */
    RELEASE
}
