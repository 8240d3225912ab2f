package cn.tuoyu.vouchers.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

/** A {@code childId} query parameter (a bean parameter for the same reason as {@link MonthQuery}). */
public class ChildQuery {

    @QueryParam("childId")
    @NotNull
    public UUID childId;
}
