package cn.tuoyu.guidance.control;

import cn.tuoyu.guidance.entity.HomeVisit;

/** A home visit as its family sees it, with the address the family gave (null once erased). */
public record FamilyVisit(HomeVisit visit, String address) {
}
