package cn.tuoyu.facilities.control;

import java.util.Set;
import java.util.stream.Collectors;

import cn.tuoyu.facilities.entity.MaterialKind;
import cn.tuoyu.platform.problems.DomainException;

/** A filing application is submitted without all the materials the seeds require. */
public class MaterialsMissingException extends DomainException {

    private static final long serialVersionUID = 1L;

    public MaterialsMissingException(Set<MaterialKind> missing) {
        super(422, "materials-missing", "Materials missing", "Upload these materials before submitting: "
                + missing.stream().map(MaterialKind::slug).sorted().collect(Collectors.joining(", ")) + ".");
    }
}
