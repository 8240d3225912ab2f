package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class UnsupportedImageException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnsupportedImageException() {
        super(415, "unsupported-image", "Unsupported image", "Send the photo as a PNG or JPEG image.");
    }
}
