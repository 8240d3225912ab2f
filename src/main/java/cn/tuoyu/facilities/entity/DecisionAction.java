package cn.tuoyu.facilities.entity;

/** Every decision health staff take on a facility; all are kept in the history. */
public enum DecisionAction {
    FILE, REFUSE, APPROVE_CHANGE, REFUSE_CHANGE, DEREGISTER, REFUSE_DEREGISTRATION, SUSPEND, REINSTATE, REVOKE
}
