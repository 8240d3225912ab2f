package cn.tuoyu.guidance.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import cn.tuoyu.platform.web.PageRequest;

/** Filters of the public class list. */
public class ClassQuery extends PageRequest {

    @QueryParam("district")
    @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit district code")
    public String district;
}
