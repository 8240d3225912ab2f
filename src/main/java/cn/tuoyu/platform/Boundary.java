package cn.tuoyu.platform;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;

/**
 * A JAX-RS resource: request-scoped, and each of its methods one transaction, which the control beans it calls join.
 * A request's changes commit together or not at all; a {@code DomainException} rolls them back and becomes a problem
 * answer at the edge. The resource itself only reads the caller, calls control beans and maps their answer.
 */
@Stereotype
@RequestScoped
@Transactional
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface Boundary {
}
