package cn.tuoyu.families.entity;

/** The identity document a child is registered with. */
public enum DocumentKind {
    /** 居民身份证号码, 18 characters, GB 11643 check character. */
    RESIDENT_ID,
    /** 出生医学证明编号, for a newborn without an ID yet: one letter and nine digits. */
    BIRTH_CERTIFICATE
}
