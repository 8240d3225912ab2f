package cn.tuoyu.guidance.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.guidance.entity.VisitOutcome;
import cn.tuoyu.platform.validation.PlainText;

/** What a visit came to; DONE names the guidance topics covered. */
public record OutcomeRequest(
        @NotNull @Pattern(regexp = VisitOutcome.PATTERN,
                message = "must be one of " + VisitOutcome.PATTERN) String outcome,
        @Size(max = 2000) @PlainText(multiline = true) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> topics) {

    /* explicit canonical constructor: keeps the constraints off constructor parameters (Payara's OpenAPI) */
    public OutcomeRequest(String outcome, String notes, List<String> topics) {
        this.outcome = outcome;
        this.notes = notes;
        this.topics = topics;
    }

    VisitOutcome toOutcome() {
        return VisitOutcome.valueOf(outcome);
    }
}
