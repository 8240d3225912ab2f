package cn.tuoyu.platform.security;

import cn.tuoyu.platform.problems.DomainException;

/** The token has the right role but no binding (facility or district) to act on. */
public class MissingScopeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public MissingScopeException(String claim) {
        super(403, "missing-scope", "Account not bound",
                "Your account has no " + claim + " assigned; ask the administrator to bind it.");
    }
}
