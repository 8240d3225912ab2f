package cn.tuoyu.hourlycare.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import cn.tuoyu.platform.validation.InvalidDateException;

/** {@code from=YYYY-MM-DD} (default today) and {@code days} (1–31, default 7). */
public class CapacityQuery {

    @QueryParam("from")
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date as YYYY-MM-DD")
    public String from;

    @QueryParam("days")
    @DefaultValue("7")
    @Min(1)
    @Max(31)
    public int days;

    LocalDate from(LocalDate today) {
        try {
            return from == null ? today : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new InvalidDateException("from");
        }
    }
}
