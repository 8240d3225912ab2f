package cn.tuoyu.facilities.control;

import java.util.Set;
import java.util.stream.Collectors;

import cn.tuoyu.facilities.entity.MaterialKind;
import cn.tuoyu.platform.problems.DomainException;
import cn.tuoyu.platform.problems.Problem;

/**
 * A filing is approved while it lacks materials the seeds require (its facility may have started serving meals after
 * it was submitted, or it came in before submission checked them); {@code errors} names each missing material.
 */
public class FilingIncompleteException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FilingIncompleteException(Set<MaterialKind> missing) {
        super(422, "filing-incomplete", "Filing materials missing", "The filing cannot be approved without: "
                + missing.stream().map(MaterialKind::slug).sorted().collect(Collectors.joining(", "))
                + ". Refuse it with reasons, or ask the facility to file again with all materials.",
                missing.stream().map(MaterialKind::slug).sorted()
                        .map(slug -> new Problem.FieldError(slug, "missing")).toList());
    }
}
