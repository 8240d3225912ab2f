package cn.tuoyu.hourlycare.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import cn.tuoyu.platform.validation.InvalidDateException;

/** A {@code date=YYYY-MM-DD} query parameter (a bean parameter, as the OpenAPI generator needs). */
public class DayQuery {

    @QueryParam("date")
    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date as YYYY-MM-DD")
    public String date;

    LocalDate value() {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidDateException("date");
        }
    }
}
