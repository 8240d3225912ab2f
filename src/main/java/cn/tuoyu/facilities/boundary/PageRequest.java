package cn.tuoyu.facilities.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging query parameters. A bean parameter rather than method parameters: Payara 6.2025.10's OpenAPI generator
 * fails on {@code @Min}/{@code @Max} placed on a method parameter (it expects a {@code @PathParam} there).
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;
}
