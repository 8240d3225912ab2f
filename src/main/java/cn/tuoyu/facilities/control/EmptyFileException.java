package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** An upload without content. */
public class EmptyFileException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EmptyFileException() {
        super(400, "empty-file", "Empty file", "The request body must be the file.");
    }
}
