package cn.tuoyu.entitlements.entity;

/** A ledger entry holds a unit RESERVED, then CONSUMED (a void puts it back to RESERVED) or RELEASED. */
public enum EntryState {
    RESERVED, CONSUMED, RELEASED
}
