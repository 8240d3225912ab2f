package cn.tuoyu.facilities.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.facilities.control.Outcome;

/** A review decision: APPROVE (a filing needs its filing number; the date defaults to today) or REFUSE with reasons. */
public record DecisionRequest(
        @NotNull @Pattern(regexp = Outcome.PATTERN, message = "must be one of " + Outcome.PATTERN) String outcome,
        @Size(max = 60) String filingNumber,
        LocalDate filedOn,
        @Size(max = 2000) String reasons) {

    Outcome toOutcome() {
        return Outcome.valueOf(outcome);
    }
}
