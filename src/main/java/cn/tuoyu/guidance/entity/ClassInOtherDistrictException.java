package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Class of another district: Parent classes are for children registered in the class's district. */
public class ClassInOtherDistrictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClassInOtherDistrictException() {
        super(422, "class-in-other-district", "Class of another district",
                "Parent classes are for children registered in the class's district.");
    }
}
