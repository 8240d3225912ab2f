package cn.tuoyu.families.entity;

/** Why a staff member reads a child's record; written to the access log with who and when. */
public enum AccessPurpose {
    HOME_VISIT, ENTITLEMENT_CHECK, VOUCHER_REDEMPTION, CLASS_ATTENDANCE, SERVICE_REVIEW, GUARDIAN_REQUEST, HOURLY_CARE
}
