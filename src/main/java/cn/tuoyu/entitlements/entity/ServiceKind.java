package cn.tuoyu.entitlements.entity;

/** What an entitlement grants. */
public enum ServiceKind {
    /** 科学育儿指导: a parent class seat or a home visit. */
    GUIDANCE_SESSION,
    /** 免费体验式计时制照护: one free experiential hourly-care session at a filed facility. */
    HOURLY_CARE
}
