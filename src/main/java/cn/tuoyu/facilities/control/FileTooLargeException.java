package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** The upload is larger than {@code app.max-upload-bytes}. */
public class FileTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException(long limit) {
        super(413, "payload-too-large", "File too large", "Files may be at most " + limit + " bytes.");
    }
}
