package cn.tuoyu.hourlycare.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A facility's hourly-care schedule: slot length, places per slot, ages taken, opening hours, closures. */
public record ScheduleRequest(@Min(30) @Max(480) int slotMinutes, @Min(1) @Max(200) int places,
        @Min(0) @Max(36) int minAgeMonths, @Min(0) @Max(36) int maxAgeMonths,
        @NotNull @Size(max = 7) List<@Valid @NotNull HoursRequest> openingHours,
        @Size(max = 366) List<@NotNull LocalDate> closures) {
}
