package cn.tuoyu.vouchers.entity;

import java.util.List;
import java.util.stream.Collectors;

import cn.tuoyu.platform.problems.DomainException;
import cn.tuoyu.platform.problems.Problem;

/** Batch terms that contradict each other; {@code errors} names each field concerned and what is wrong with it. */
public class InvalidBatchTermsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidBatchTermsException(List<Problem.FieldError> errors) {
        super(422, "invalid-batch-terms", "Batch terms do not fit together", errors.stream()
                .map(e -> e.field() + ": " + e.message()).distinct().collect(Collectors.joining("; ")) + ".", errors);
    }
}
