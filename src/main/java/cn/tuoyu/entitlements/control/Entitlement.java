package cn.tuoyu.entitlements.control;

import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.Window;

/** What a child may still use of one service in the current window, and which rule grants it. */
public record Entitlement(EntitlementRule rule, RuleVersion version, Window window, int used, int remaining) {
}
