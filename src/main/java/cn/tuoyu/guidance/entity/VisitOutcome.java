package cn.tuoyu.guidance.entity;

import java.util.List;

/** What a visit came to: done (with notes and topics), the family was absent, the family declined. */
public enum VisitOutcome {

    DONE(VisitAction.RECORD_DONE), FAMILY_ABSENT(VisitAction.RECORD_ABSENT), DECLINED(VisitAction.RECORD_DECLINED);

    public static final String PATTERN = "DONE|FAMILY_ABSENT|DECLINED";

    private final VisitAction action;

    VisitOutcome(VisitAction action) {
        this.action = action;
    }

    public VisitAction action() {
        return action;
    }

    /** Throws {@link VisitTopicsRequiredException} when a visit done names no topic covered. */
    public void checkTopics(List<String> topics) {
        if (this == DONE && (topics == null || topics.isEmpty())) {
            throw new VisitTopicsRequiredException();
        }
    }
}
