package cn.tuoyu.guidance.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Which of the resident's children a booking or waitlist place is for. */
public record ChildRequest(@NotNull UUID childId) {
}
