package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Class full: Every seat of this class is taken. Join the waitlist to be offered a seat that frees. */
public class ClassFullException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClassFullException() {
        super(409, "class-full", "Class full",
                "Every seat of this class is taken. Join the waitlist to be offered a seat that frees.");
    }
}
