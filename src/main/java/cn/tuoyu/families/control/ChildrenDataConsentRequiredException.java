package cn.tuoyu.families.control;

import cn.tuoyu.platform.problems.DomainException;

/** The caller has no current consent to the children's-data notice. */
public class ChildrenDataConsentRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildrenDataConsentRequiredException() {
        super(422, "children-data-consent-required", "Consent to the children's data notice required",
                "Before children's data can be stored or shown, read the current children's data notice and "
                        + "give your consent (PUT /api/consents/children-data).");
    }
}
