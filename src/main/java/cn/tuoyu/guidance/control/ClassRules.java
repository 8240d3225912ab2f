package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.tuoyu.guidance.entity.NoShowRule;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * The district rules the class side applies (no-show, offer hold), asked of {@link DistrictGuidanceRules} on the
 * transaction's one connection. The one place on the class side that still hands out a JDBC connection: it goes when
 * the home-visit side moves {@code DistrictGuidanceRules} to JPA, and the calls then ask it directly.
 */
@ApplicationScoped
class ClassRules {

    @Inject
    TransactionDataSource dataSource;

    @Inject
    DistrictGuidanceRules rules;

    NoShowRule noShow(String district) {
        try (Connection c = dataSource.getConnection()) {
            return rules.noShow(c, district);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Duration offerHold(String district) {
        try (Connection c = dataSource.getConnection()) {
            return rules.offerHold(c, district);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
