package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The identity document number is malformed or its check character is wrong. */
public class InvalidIdentityDocumentException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidIdentityDocumentException(String why) {
        super(400, "invalid-identity-document", "Invalid identity document", "document.number: " + why + ".");
    }
}
