package cn.tuoyu.facilities.control;

import java.util.List;

import cn.tuoyu.platform.problems.DomainException;
import cn.tuoyu.platform.problems.Problem;

/** A filing is approved on a hygiene evaluation the reviewer read as short of 合格. */
public class HygieneNotQualifiedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public HygieneNotQualifiedException() {
        super(422, "hygiene-not-qualified", "Hygiene evaluation not qualified", "A filing is granted only on a "
                + "hygiene evaluation report rated 合格 (qualified). Refuse it with reasons; the facility files again "
                + "with a new evaluation.", List.of(new Problem.FieldError("hygieneEvaluation", "not qualified")));
    }
}
