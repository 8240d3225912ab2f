package cn.tuoyu.vouchers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.BatchTerms;

/** Health staff's batches, always within their own district; and the open batches a resident's child may claim. */
@ApplicationScoped
@Transactional
public class VoucherBatches {

    private static final String TERMS = "b.id, b.district_code, b.name, b.care_hours, b.face_value_cents, "
            + "b.quantity, b.per_child_limit, b.min_age_months, b.max_age_months, b.all_hourly_facilities, "
            + "b.claim_opens_at, b.claim_closes_at, b.valid_until, b.reserves_entitlement, b.status, b.issued, "
            + "b.created_at, "
            + "ARRAY(SELECT f.facility_id FROM voucher_batch_facilities f WHERE f.batch_id = b.id) AS facilities";
    /** With the funnel, which counts the batch's vouchers: for staff, never on the claim path. */
    private static final String COLUMNS = TERMS + ", "
            + "(SELECT count(*) FROM vouchers v WHERE v.batch_id = b.id AND v.state = 'REDEEMED') AS redeemed, "
            + "(SELECT count(*) FROM vouchers v WHERE v.batch_id = b.id AND v.state = 'EXPIRED') AS expired";

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    @Inject
    VoucherAudit audit;

    @Inject
    SoldOutBatches soldOut;

    public UUID create(String district, String actor, BatchTerms terms) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO voucher_batches (id, district_code, name, "
                    + "care_hours, face_value_cents, quantity, per_child_limit, min_age_months, max_age_months, "
                    + "all_hourly_facilities, claim_opens_at, claim_closes_at, valid_until, reserves_entitlement, "
                    + "status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, district);
                s.setString(3, terms.name());
                s.setBigDecimal(4, terms.careHours());
                if (terms.faceValueCents() == null) {
                    s.setNull(5, Types.INTEGER);
                } else {
                    s.setInt(5, terms.faceValueCents());
                }
                s.setInt(6, terms.quantity());
                s.setInt(7, terms.perChildLimit());
                s.setInt(8, terms.minAgeMonths());
                s.setInt(9, terms.maxAgeMonths());
                s.setBoolean(10, terms.allHourlyFacilities());
                s.setTimestamp(11, Jdbc.timestamp(terms.claimOpensAt()));
                s.setTimestamp(12, Jdbc.timestamp(terms.claimClosesAt()));
                s.setTimestamp(13, Jdbc.timestamp(terms.validUntil()));
                s.setBoolean(14, terms.reservesEntitlement());
                s.setString(15, actor);
                s.setTimestamp(16, Jdbc.timestamp(clock.instant()));
                s.executeUpdate();
            }
            addFacilities(c, id, district, terms.facilityIds());
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
        audit.record(VoucherAudit.Action.BATCH_CREATED, id, null, null, actor, "health-commission", null, null,
                null);
        return id;
    }

    /** Listed facilities must be facilities of the batch's own district. */
    private static void addFacilities(Connection c, UUID batchId, String district, Set<UUID> facilityIds)
            throws SQLException {
        if (facilityIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO voucher_batch_facilities (batch_id, facility_id) "
                + "SELECT ?, f.id FROM facilities f WHERE f.id = ? AND f.district_code = ?")) {
            for (UUID facility : facilityIds) {
                s.setObject(1, batchId);
                s.setObject(2, facility);
                s.setString(3, district);
                s.addBatch();
            }
            for (int inserted : s.executeBatch()) {
                if (inserted != 1) {
                    throw new UnknownFacilityException();
                }
            }
        }
    }

    public List<Batch> ofDistrict(String district) {
        return query("SELECT " + COLUMNS + " FROM voucher_batches b WHERE b.district_code = ? "
                + "ORDER BY b.created_at DESC", district);
    }

    public Batch ofDistrict(String district, UUID id) {
        return query("SELECT " + COLUMNS + " FROM voucher_batches b WHERE b.district_code = ? AND b.id = ?",
                district, id).stream().findFirst().orElseThrow(BatchNotFoundException::new);
    }

    /** Any batch by id, for the other control classes of this feature. */
    /**
     * A batch for a claim: its terms and issued count, with redeemed and expired read as 0, since counting a large
     * batch's vouchers on every claim would make claims slower as the batch fills.
     */
    Optional<Batch> findForClaim(UUID id) {
        return query("SELECT " + TERMS + ", 0 AS redeemed, 0 AS expired FROM voucher_batches b WHERE b.id = ?", id)
                .stream().findFirst();
    }

    /** Batches open for claims now that the resident's child fits (district and age band), with what is left. */
    public List<Batch> openFor(String guardian, UUID childId) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        Instant now = clock.instant();
        int age = Age.inMonths(child.birthDate(), now);
        return query("SELECT " + COLUMNS + " FROM voucher_batches b WHERE b.district_code = ? "
                + "AND b.status = 'PUBLISHED' AND b.claim_opens_at <= ? AND b.claim_closes_at > ? "
                + "AND b.min_age_months <= ? AND b.max_age_months >= ? ORDER BY b.claim_closes_at",
                child.districtCode(), Jdbc.timestamp(now), Jdbc.timestamp(now), age, age);
    }

    public Batch changeStatus(String district, UUID id, BatchStatus next, String actor) {
        Batch batch = ofDistrict(district, id);
        if (!batch.status().mayBecome(next)) {
            throw new BatchStatusChangeException();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE voucher_batches SET status = ? WHERE id = ? AND status = ?")) {
            s.setString(1, next.name());
            s.setObject(2, id);
            s.setString(3, batch.status().name());
            if (s.executeUpdate() != 1) {
                throw new BatchStatusChangeException();
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
        soldOut.forget(id);
        audit.record(VoucherAudit.Action.BATCH_CHANGED, id, null, null, actor, "health-commission", null, null,
                "status " + next);
        return ofDistrict(district, id);
    }

    /** Grows or shrinks the quantity; never below what has been claimed (the database checks it too). */
    public Batch changeQuantity(String district, UUID id, int quantity, String actor) {
        ofDistrict(district, id);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE voucher_batches SET quantity = ? WHERE id = ? AND district_code = ? AND issued <= ?")) {
            s.setInt(1, quantity);
            s.setObject(2, id);
            s.setString(3, district);
            s.setInt(4, quantity);
            if (s.executeUpdate() != 1) {
                throw new QuantityBelowClaimedException();
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
        soldOut.forget(id);
        audit.record(VoucherAudit.Action.BATCH_CHANGED, id, null, null, actor, "health-commission", null, null,
                "quantity " + quantity);
        return ofDistrict(district, id);
    }

    private List<Batch> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Batch> batches = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    batches.add(read(r));
                }
            }
            return batches;
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    private static Batch read(ResultSet r) throws SQLException {
        Set<UUID> facilities = new HashSet<>();
        for (Object facility : (Object[]) r.getArray("facilities").getArray()) {
            facilities.add((UUID) facility);
        }
        Integer faceValue = (Integer) r.getObject("face_value_cents");
        BatchTerms terms = new BatchTerms(r.getString("name"), r.getBigDecimal("care_hours"), faceValue,
                r.getInt("quantity"), r.getInt("per_child_limit"), r.getInt("min_age_months"),
                r.getInt("max_age_months"), r.getBoolean("all_hourly_facilities"), facilities,
                Jdbc.instant(r.getTimestamp("claim_opens_at")), Jdbc.instant(r.getTimestamp("claim_closes_at")),
                Jdbc.instant(r.getTimestamp("valid_until")), r.getBoolean("reserves_entitlement"));
        return new Batch(r.getObject("id", UUID.class), r.getString("district_code"), terms,
                BatchStatus.valueOf(r.getString("status")), r.getInt("issued"), r.getInt("redeemed"),
                r.getInt("expired"), Jdbc.instant(r.getTimestamp("created_at")));
    }
}
