package cn.tuoyu.facilities.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A district's resident population, as health staff enter it. */
public record PopulationRequest(@NotNull @Positive @Max(100_000_000) Integer population) {

    /*
     * An explicit canonical constructor, so that the constraints stay on the fields: Payara 6.2025.10's OpenAPI
     * generator fails on @Size/@Min/@Max/@Positive/@NotBlank on a constructor parameter, where a compact or implicit
     * constructor would copy them.
     */
    public PopulationRequest(Integer population) {
        this.population = population;
    }
}
