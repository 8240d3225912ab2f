package cn.tuoyu.families.entity;

import java.util.UUID;

/** What staff at a counter may see of a child: masked name, age in whole months (China time), district. */
public record ChildSummary(UUID id, String maskedName, int ageInMonths, String districtCode) {
}
