package cn.tuoyu.facilities.control;

import java.util.Set;
import java.util.UUID;

import cn.tuoyu.facilities.entity.ServiceType;
import cn.tuoyu.facilities.entity.Standing;

/** What other features need to know about a facility: who it is, where, what care it offers, and its standing. */
public record FacilitySummary(UUID id, String name, String districtCode, Set<ServiceType> serviceTypes,
        boolean offersHourlyCare, Standing standing) {
}
