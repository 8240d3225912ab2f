package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import cn.tuoyu.guidance.entity.ClassPlan;
import cn.tuoyu.platform.validation.DateBetween;
import cn.tuoyu.platform.validation.PlainText;

/** A class to publish: times with an offset (e.g. 2026-12-05T09:30:00+08:00); the cutoff defaults to the start. */
public record ClassRequest(
        @NotBlank @Size(max = 200) @PlainText String topic,
        @NotBlank @Size(max = 200) @PlainText String venue,
        @NotNull @DateBetween(from = "-P7D", to = "P1Y") OffsetDateTime startsAt,
        @NotNull @DateBetween(from = "-P7D", to = "P1Y") OffsetDateTime endsAt,
        @DateBetween(from = "-P7D", to = "P1Y") OffsetDateTime bookingCutoff,
        @NotNull @Positive @Max(1000) Integer capacity,
        @NotNull @Min(0) @Max(36) Integer ageFromMonths,
        @NotNull @Min(0) @Max(36) Integer ageToMonths) {

    /* explicit canonical constructor: keeps the constraints off constructor parameters (Payara's OpenAPI) */
    public ClassRequest(String topic, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
            @DateBetween(from = "-P7D", to = "P1Y") OffsetDateTime bookingCutoff, Integer capacity,
            Integer ageFromMonths, Integer ageToMonths) {
        this.topic = topic;
        this.venue = venue;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.bookingCutoff = bookingCutoff;
        this.capacity = capacity;
        this.ageFromMonths = ageFromMonths;
        this.ageToMonths = ageToMonths;
    }

    ClassPlan plan() {
        return new ClassPlan(topic.strip(), venue.strip(), Times.instant(startsAt), Times.instant(endsAt),
                Times.instant(bookingCutoff), capacity, ageFromMonths, ageToMonths);
    }
}
