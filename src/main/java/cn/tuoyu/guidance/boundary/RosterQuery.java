package cn.tuoyu.guidance.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import cn.tuoyu.guidance.control.RosterFilter;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.validation.InvalidDateException;
import cn.tuoyu.platform.web.PageRequest;

/** Roster filters as query parameters; dates are China dates (yyyy-MM-dd). */
public class RosterQuery extends PageRequest {

    static final String STATES = "REQUESTED|ASSIGNED|SCHEDULED|DONE|MISSED|CANCELLED";
    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    @QueryParam("subDistrict")
    @Size(max = 60)
    public String subDistrict;

    @QueryParam("staff")
    @Size(max = 100)
    public String staff;

    @QueryParam("from")
    @Pattern(regexp = DATE, message = "must be a date (yyyy-MM-dd)")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = "must be a date (yyyy-MM-dd)")
    public String to;

    @QueryParam("state")
    @Pattern(regexp = STATES, message = "must be one of " + STATES)
    public String state;

    @QueryParam("overdue")
    @DefaultValue("false")
    public boolean overdue;

    RosterFilter filter() {
        return new RosterFilter(blankToNull(subDistrict), blankToNull(staff), date(from), date(to),
                state == null ? null : VisitState.valueOf(state), overdue, page, size);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDateException("from and to");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
