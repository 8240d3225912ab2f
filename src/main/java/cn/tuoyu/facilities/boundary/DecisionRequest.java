package cn.tuoyu.facilities.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.facilities.control.Outcome;
import cn.tuoyu.facilities.entity.HygieneEvaluation;
import cn.tuoyu.platform.validation.DateBetween;
import cn.tuoyu.platform.validation.PlainText;

/**
 * A review decision: APPROVE (a filing needs its filing number and the hygiene evaluation read as QUALIFIED; the date
 * defaults to today) or REFUSE with reasons (a refused filing may record the hygiene evaluation as read).
 */
public record DecisionRequest(
        @NotNull @Pattern(regexp = Outcome.PATTERN, message = "must be one of " + Outcome.PATTERN) String outcome,
        @Size(max = 60) @PlainText String filingNumber,
        @DateBetween(from = "-P10Y", to = "P0D") LocalDate filedOn,
        @Size(max = 2000) @PlainText(multiline = true) String reasons,
        @Pattern(regexp = HygieneEvaluation.PATTERN,
                message = "must be one of " + HygieneEvaluation.PATTERN) String hygieneEvaluation) {

    /*
     * An explicit canonical constructor, so that the constraints stay on the fields: Payara 6.2025.10's OpenAPI
     * generator fails on @Size/@Min/@Max/@Positive/@NotBlank on a constructor parameter, where a compact or implicit
     * constructor would copy them.
     */
    public DecisionRequest(String outcome, String filingNumber, LocalDate filedOn, String reasons,
            String hygieneEvaluation) {
        this.outcome = outcome;
        this.filingNumber = filingNumber;
        this.filedOn = filedOn;
        this.reasons = reasons;
        this.hygieneEvaluation = hygieneEvaluation;
    }

    Outcome toOutcome() {
        return Outcome.valueOf(outcome);
    }

    HygieneEvaluation toHygieneEvaluation() {
        return hygieneEvaluation == null ? null : HygieneEvaluation.valueOf(hygieneEvaluation);
    }
}
