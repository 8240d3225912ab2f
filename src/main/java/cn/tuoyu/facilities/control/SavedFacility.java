package cn.tuoyu.facilities.control;

import cn.tuoyu.facilities.entity.Facility;

/** A saved record, and whether this save created it. */
public record SavedFacility(Facility facility, boolean created) {
}
