package cn.tuoyu.platform.problems;

import java.io.IOException;

/** Thrown while reading a request body that grows past the configured limit. */
public class RequestTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
