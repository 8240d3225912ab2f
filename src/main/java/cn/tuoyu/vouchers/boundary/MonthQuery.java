package cn.tuoyu.vouchers.boundary;

import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/**
 * A {@code month=YYYY-MM} query parameter. A bean parameter, not a method parameter: Payara 6.2025.10's OpenAPI
 * generator fails on constraints placed on method parameters other than path parameters.
 */
public class MonthQuery {

    @QueryParam("month")
    @NotNull
    @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM")
    public String month;

    YearMonth value() {
        return YearMonth.parse(month);
    }
}
