package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** The upload is not a PDF, JPEG or PNG by its content, or its content is not what its Content-Type says. */
public class UnsupportedFileException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFileException() {
        super(415, "unsupported-file", "Unsupported file",
                "Upload a PDF, JPEG or PNG file, sent with its own Content-Type (application/pdf, image/jpeg or "
                        + "image/png). The file's content did not match.");
    }
}
