package cn.tuoyu.families.control;

import cn.tuoyu.platform.problems.DomainException;

/** The district code is not one the health commission maintains. */
public class UnknownDistrictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public UnknownDistrictException() {
        super(422, "unknown-district", "Unknown district",
                "districtCode: no such district; choose one from GET /api/districts.");
    }
}
