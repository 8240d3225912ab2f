package cn.tuoyu.facilities.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A district's resident population, as health staff enter it. */
public record PopulationRequest(@NotNull @Positive @Max(100_000_000) Integer population) {
}
