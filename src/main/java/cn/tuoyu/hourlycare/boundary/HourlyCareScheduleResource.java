package cn.tuoyu.hourlycare.boundary;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.hourlycare.control.CareSchedules;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Hourly-care capacity: the facility publishes it, parents read a day's open slots. */
@Path("hourly-care")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class HourlyCareScheduleResource {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CareSchedules schedules;

    @PUT
    @Path("schedule")
    @RolesAllowed(Roles.FACILITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish (or replace) your facility's hourly-care schedule")
    public ScheduleView publish(@Valid @NotNull ScheduleRequest r) {
        return ScheduleView.of(schedules.publish(StaffFacility.id(caller), caller.subject(), r.slotMinutes(),
                r.places(), r.minAgeMonths(), r.maxAgeMonths(),
                r.openingHours().stream().map(HoursRequest::hours).toList(),
                new HashSet<>(r.closures() == null ? List.of() : r.closures())));
    }

    @GET
    @Path("schedule")
    @RolesAllowed(Roles.FACILITY)
    @Operation(summary = "Your facility's hourly-care schedule")
    public ScheduleView mine() {
        return ScheduleView.of(schedules.of(StaffFacility.id(caller)));
    }

    @GET
    @Path("facilities/{id}/schedule")
    @RolesAllowed({Roles.RESIDENT, Roles.HEALTH_COMMISSION})
    @Operation(summary = "A facility's hourly-care schedule")
    public ScheduleView of(@PathParam("id") UUID facilityId) {
        return ScheduleView.of(schedules.of(facilityId));
    }

    @GET
    @Path("facilities/{id}/slots")
    @RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "A facility's hourly-care slots on a day, with the places left")
    public List<SlotView> slots(@PathParam("id") UUID facilityId, @Valid @BeanParam DayQuery day) {
        java.time.Instant now = clock.instant();
        return schedules.slots(facilityId, day.value()).stream().map(s -> SlotView.of(s, now)).toList();
    }
}
