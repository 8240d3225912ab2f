package cn.tuoyu.facilities.control;

import cn.tuoyu.facilities.entity.ServiceType;

/** Search of the public directory; every criterion is optional. */
public record DirectoryQuery(String district, ServiceType serviceType, Boolean affordable, Boolean demonstration,
        int page, int size) {
}
