package cn.tuoyu.guidance.boundary;

import jakarta.validation.constraints.NotNull;

/** Whether the child attended (true) or did not show (false). */
public record AttendanceRequest(@NotNull Boolean attended) {
}
