package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.guidance.entity.NoShowRule;

/**
 * A district's guidance rules, kept as data in {@code guidance_district_rules}: the no-show rule (default CONSUME),
 * the waitlist offer hold (default {@code app.waitlist-offer-hours}, 12) and when an unscheduled visit is overdue
 * (default 14 days).
 */
@ApplicationScoped
public class DistrictGuidanceRules {

    static final int DEFAULT_OVERDUE_DAYS = 14;

    @Inject
    @ConfigProperty(name = "app.waitlist-offer-hours", defaultValue = "12")
    int offerHours;

    NoShowRule noShow(Connection c, String district) throws SQLException {
        String rule = column(c, district, "no_show");
        return rule == null ? NoShowRule.CONSUME : NoShowRule.valueOf(rule);
    }

    Duration offerHold(Connection c, String district) throws SQLException {
        String hours = column(c, district, "offer_hours");
        return Duration.ofHours(hours == null ? offerHours : Integer.parseInt(hours));
    }

    int overdueDays(Connection c, String district) throws SQLException {
        String days = column(c, district, "visit_overdue_days");
        return days == null ? DEFAULT_OVERDUE_DAYS : Integer.parseInt(days);
    }

    private static String column(Connection c, String district, String column) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + column
                + "::text FROM guidance_district_rules WHERE district_code = ?")) {
            s.setString(1, district);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
