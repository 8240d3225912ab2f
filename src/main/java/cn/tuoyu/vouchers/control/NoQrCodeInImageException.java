package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class NoQrCodeInImageException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NoQrCodeInImageException() {
        super(422, "no-qr-code-in-image", "No QR code found",
                "No QR code could be read in this picture. Try again with the code filling the frame, or type the manual code.");
    }
}
