package cn.tuoyu.facilities.boundary;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.facilities.entity.Decision;

/** One entry of a facility's history: what was decided, by whom, when and why, and the standing it left. */
public record DecisionView(UUID id, UUID applicationId, String action, String standingAfter, String decidedBy,
        String decidedByName, Instant decidedAt, String reasons, String filingNumber, String hygieneEvaluation) {

    static DecisionView of(Decision d) {
        return new DecisionView(d.id(), d.applicationId(), d.action().name(), d.standingAfter().name(),
                d.decidedBy(), d.decidedByName(), d.decidedAt(), d.reasons(), d.filingNumber(),
                d.hygieneEvaluation() == null ? null : d.hygieneEvaluation().name());
    }
}
