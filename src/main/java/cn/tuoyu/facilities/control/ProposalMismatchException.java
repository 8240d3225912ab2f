package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** A change application must carry the proposed record; other kinds must not. */
public class ProposalMismatchException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ProposalMismatchException() {
        super(400, "proposal-mismatch", "Proposal does not fit the kind",
                "A CHANGE application carries the proposed record in 'change' (same district and credit code); "
                        + "FILING and DEREGISTRATION applications carry none.");
    }
}
