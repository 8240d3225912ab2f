package cn.tuoyu.facilities.control;

import java.util.UUID;

import cn.tuoyu.facilities.entity.Standing;

/** A facility's standing and whether it may redeem vouchers today. */
public record StandingToday(UUID facilityId, Standing standing, boolean mayRedeem) {
}
