package cn.tuoyu.districts.control;

import java.util.List;

import cn.tuoyu.platform.problems.DomainException;
import cn.tuoyu.platform.problems.Problem;

/** A record names a district code the platform does not serve (a facility's or a child's district). */
public class UnknownDistrictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownDistrictException() {
        super(422, "unknown-district", "Unknown district", "districtCode: the platform does not serve this district; "
                + "choose one from GET /api/districts.", List.of(new Problem.FieldError("districtCode", "not served")));
    }
}
