package cn.tuoyu.facilities.boundary;

import java.util.UUID;

/** The standing question's answer for today (Asia/Shanghai). */
public record StandingView(UUID facilityId, String standing, boolean mayRedeemToday) {
}
