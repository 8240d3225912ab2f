package cn.tuoyu.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.control.Outcome;
import cn.tuoyu.facilities.entity.ApplicationKind;
import cn.tuoyu.facilities.entity.HygieneEvaluation;
import cn.tuoyu.facilities.entity.RegistrationType;
import cn.tuoyu.facilities.entity.Standing;
import cn.tuoyu.facilities.entity.StandingAction;
import cn.tuoyu.guidance.entity.VisitOutcome;

/**
 * Request records check an enum's value with {@code @Pattern(regexp = X.PATTERN)}, because an annotation needs a
 * constant; each PATTERN must name exactly its enum's values, or a new value would be refused (or a gone one let in).
 */
class EnumPatternsTest {

    @Test
    void eachPatternNamesExactlyItsEnumsValues() {
        check(Standing.class, Standing.PATTERN);
        check(StandingAction.class, StandingAction.PATTERN);
        check(Outcome.class, Outcome.PATTERN);
        check(HygieneEvaluation.class, HygieneEvaluation.PATTERN);
        check(ApplicationKind.class, ApplicationKind.PATTERN);
        check(RegistrationType.class, RegistrationType.PATTERN);
        check(VisitOutcome.class, VisitOutcome.PATTERN);
    }

    private static void check(Class<? extends Enum<?>> type, String pattern) {
        List<String> values = Arrays.stream(type.getEnumConstants()).map(Enum::name).sorted().toList();
        assertEquals(values, Arrays.stream(pattern.split("\\|")).sorted().collect(Collectors.toList()),
                type.getSimpleName());
    }
}
