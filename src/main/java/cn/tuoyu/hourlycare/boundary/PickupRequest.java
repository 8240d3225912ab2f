package cn.tuoyu.hourlycare.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;

/** A person a guardian authorises to pick the child up: name, relation (e.g. 祖母) and mainland mobile number. */
public record PickupRequest(@NotBlank @Size(max = 50) @PlainText String name,
        @NotBlank @Size(max = 20) @PlainText String relation,
        @NotNull @Pattern(regexp = "1[0-9]{10}", message = "must be an 11-digit mainland mobile number") String phone) {
}
