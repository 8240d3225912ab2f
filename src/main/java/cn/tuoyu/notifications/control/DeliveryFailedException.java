package cn.tuoyu.notifications.control;

/** A channel could not deliver; the message is a reason without personal data (a status, a provider code). */
public class DeliveryFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public DeliveryFailedException(String reason) {
        super(reason);
    }
}
