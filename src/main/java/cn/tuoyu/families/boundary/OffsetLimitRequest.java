package cn.tuoyu.families.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import cn.tuoyu.families.control.ChildDirectory;

/**
 * Offset and limit query parameters. A bean parameter rather than method parameters: Payara 6.2025.10's OpenAPI
 * generator fails on {@code @Min}/{@code @Max} placed on a method parameter (it expects a {@code @PathParam} there).
 */
public class OffsetLimitRequest {

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    public int offset;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(ChildDirectory.PAGE_SIZE_MAX)
    public int limit;
}
