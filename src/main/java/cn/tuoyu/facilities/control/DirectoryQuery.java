package cn.tuoyu.facilities.control;

import cn.tuoyu.facilities.entity.ServiceType;

/** Search of the public directory; every criterion is optional; {@code q} is a piece of the name or address. */
public record DirectoryQuery(String district, ServiceType serviceType, Boolean affordable, Boolean demonstration,
        String q, int page, int size) {

    /** {@code q} as a LIKE pattern (lower case, escaped with {@code !}), or null when there is nothing to find. */
    public String likePattern() {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
    }
}
