package cn.tuoyu.facilities.entity;

import java.util.Optional;

/** The kinds of care a facility offers (十堰市实施方案 二(二)1): full-day, half-day, hourly, occasional. */
public enum ServiceType {

    FULL_DAY("全日托"), HALF_DAY("半日托"), HOURLY("计时托"), OCCASIONAL("临时托");

    /** What request validation accepts: the constant names and the Chinese labels. */
    public static final String PATTERN = "FULL_DAY|HALF_DAY|HOURLY|OCCASIONAL|全日托|半日托|计时托|临时托";

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By constant name or by Chinese label. */
    public static Optional<ServiceType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ServiceType type : values()) {
            if (type.name().equals(text.strip()) || type.label.equals(text.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
