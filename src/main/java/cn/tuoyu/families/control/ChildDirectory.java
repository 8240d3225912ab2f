package cn.tuoyu.families.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.ChildSummary;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.families.entity.ListedChild;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * Children as other features and staff meet them. Residents reach only children they guard (with current consent);
 * health staff only children of their district; facility staff only a counter summary of a child whose voucher was
 * presented at their counter. Every staff read is written to the access log. All methods join the caller's
 * transaction. Whether a facility has met a child at its counter is the vouchers feature's answer
 * ({@link CounterContacts}).
 */
@ApplicationScoped
@Transactional
public class ChildDirectory {

    public static final int PAGE_SIZE_MAX = 100;

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    Consents consents;

    @Inject
    ChildRegistry registry;

    @Inject
    Caller caller;

    @Inject
    CounterContacts counterContacts;

    /**
     * The child, if this resident guards it and their consent stands: {@link ChildNotFoundException} (404) for any
     * other id, {@link ChildrenDataConsentRequiredException} (422) without current consent.
     */
    public GuardedChild childOfGuardian(UUID childId, String guardianSubject) {
        return registry.childOf(guardianSubject, childId).guarded();
    }

    /**
     * The children this resident guards, for saying what each may do; empty (not an error) without current consent,
     * so that lists anyone may read stay readable for a resident who has not consented.
     */
    public List<GuardedChild> childrenOfGuardian(String guardianSubject) {
        if (consents.of(guardianSubject).filter(Consents.Consent::current).isEmpty()) {
            return List.of();
        }
        return registry.childrenOf(guardianSubject).stream().map(ChildRecord::guarded).toList();
    }

    /**
     * What staff at a counter may see: masked name, age in whole months today (China time), district. Health staff
     * see children of their district; facility staff only a child whose voucher their facility has redeemed (the
     * redemption live, or voided less than {@code app.voucher-void-window-minutes} after it was made). The read is
     * logged with the caller and the purpose. Unknown or out of scope: 404.
     */
    public ChildSummary summaryForStaff(UUID childId, AccessPurpose purpose) {
        ChildRecord child = staffRead(childId, purpose);
        return child.summary(ChinaTime.today(clock));
    }

    /**
     * The counter summary of the child whose voucher is being presented at this facility's counter right now, for
     * the redemption itself; the caller has checked the voucher's code. Logged as a facility read.
     */
    public ChildSummary summaryAtCounter(UUID childId, UUID facilityId, AccessPurpose purpose) {
        try (Connection c = dataSource.getConnection()) {
            ChildRecord child = ChildRows.one(c, "WHERE c.id = ? AND c.anonymised_at IS NULL",
                    s -> s.setObject(1, childId)).orElseThrow(ChildNotFoundException::new);
            AccessLog.record(c, childId, caller.subject(), Roles.FACILITY, facilityId.toString(),
                    purpose, clock.instant());
            return child.summary(ChinaTime.today(clock));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A child of the health staff member's district, logged; 404 for other districts. */
    public ChildRecord childOfDistrict(String district, UUID childId, AccessPurpose purpose) {
        try (Connection c = dataSource.getConnection()) {
            ChildRecord child = ChildRows.one(c, "WHERE c.id = ? AND c.district_code = ? AND c.anonymised_at IS NULL",
                    s -> {
                        s.setObject(1, childId);
                        s.setString(2, district);
                    }).orElseThrow(ChildNotFoundException::new);
            AccessLog.record(c, childId, caller.subject(), Roles.HEALTH_COMMISSION, district, purpose, clock.instant());
            return child;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A child of the district as staff lists show it (roster, its export, attendees): masked name and birth date, or,
     * for a child anonymised on withdrawal of consent, only that it was (the list keeps working). A read of a
     * recorded child is logged; an anonymised one holds nothing personal to log. Other districts: 404.
     */
    public ListedChild listedForDistrict(String district, UUID childId, AccessPurpose purpose) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT name, birth_date, anonymised_at FROM children WHERE id = ? AND district_code = ?")) {
            s.setObject(1, childId);
            s.setString(2, district);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new ChildNotFoundException();
                }
                if (r.getTimestamp(3) != null) {
                    return ListedChild.anonymised(childId);
                }
                ListedChild child = ListedChild.of(childId, r.getString(1), r.getObject(2, LocalDate.class));
                AccessLog.record(c, childId, caller.subject(), Roles.HEALTH_COMMISSION, district,
                        purpose, clock.instant());
                return child;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page of the district's children, oldest registration first; each child listed is logged as read. */
    public List<ChildRecord> childrenOfDistrict(String district, AccessPurpose purpose, int offset, int limit) {
        try (Connection c = dataSource.getConnection()) {
            List<ChildRecord> page = ChildRows.query(c, "WHERE c.district_code = ? AND c.anonymised_at IS NULL "
                    + "ORDER BY c.registered_at, c.id OFFSET ? LIMIT ?", s -> {
                        s.setString(1, district);
                        s.setInt(2, Math.max(0, offset));
                        s.setInt(3, Math.min(PAGE_SIZE_MAX, Math.max(1, limit)));
                    });
            for (ChildRecord child : page) {
                AccessLog.record(c, child.id(), caller.subject(), Roles.HEALTH_COMMISSION, district,
                        purpose, clock.instant());
            }
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Birth date and district of a registered child, for the platform's own rules (entitlements); not a read by a
     * person, so not logged. Empty for unknown or anonymised children.
     */
    public Optional<GuardedChild> facts(UUID childId) {
        try (Connection c = dataSource.getConnection()) {
            return ChildRows.one(c, "WHERE c.id = ? AND c.anonymised_at IS NULL", s -> s.setObject(1, childId))
                    .map(ChildRecord::guarded);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Today's date in China, as the families feature counts ages. */
    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    private ChildRecord staffRead(UUID childId, AccessPurpose purpose) {
        if (caller.hasRole(Roles.HEALTH_COMMISSION)) {
            return childOfDistrict(caller.requireDistrict(), childId, purpose);
        }
        if (!caller.hasRole(Roles.FACILITY)) {
            throw new ChildNotFoundException();
        }
        String facility = caller.requireFacilityId();
        try (Connection c = dataSource.getConnection()) {
            ChildRecord child = ChildRows.one(c, "WHERE c.id = ? AND c.anonymised_at IS NULL",
                    s -> s.setObject(1, childId)).orElseThrow(ChildNotFoundException::new);
            if (!counterContacts.facilityHasRedeemedFor(facilityId(facility), childId)) {
                throw new ChildNotFoundException();
            }
            AccessLog.record(c, childId, caller.subject(), Roles.FACILITY, facility, purpose, clock.instant());
            return child;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller's facility id; a claim that is not a UUID matches no facility (404). */
    private static UUID facilityId(String claim) {
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            throw new ChildNotFoundException();
        }
    }
}
