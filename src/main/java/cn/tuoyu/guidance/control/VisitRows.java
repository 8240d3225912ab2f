package cn.tuoyu.guidance.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.families.control.IdentityCipher;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.TimeWindow;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.persistence.Jdbc;

/**
 * Reading and changing home-visit rows; overdue is computed from the district's rule at read time. Addresses are stored
 * only encrypted ({@code address_cipher}, sealed to the visit id) and decrypted as rows are read.
 */
final class VisitRows {

    /** Whether a visit is overdue: scheduled and past its end, or waiting longer than the district allows. */
    static final String OVERDUE = "((v.state = 'SCHEDULED' AND v.scheduled_end < now()) "
            + "OR (v.state IN ('REQUESTED', 'ASSIGNED') AND v.requested_at < now() - make_interval(days => "
            + "COALESCE(r.visit_overdue_days, " + DistrictGuidanceRules.DEFAULT_OVERDUE_DAYS + "))))";

    static final String SELECT = "SELECT v.*, " + OVERDUE + " AS overdue "
            + "FROM home_visits v LEFT JOIN guidance_district_rules r ON r.district_code = v.district_code ";

    interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private VisitRows() {
    }

    static List<HomeVisit> query(Connection c, IdentityCipher cipher, String where, Binder binder) throws SQLException {
        List<HomeVisit> visits = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + where)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    visits.add(read(c, cipher, r));
                }
            }
        }
        return visits;
    }

    /** The visit, locked for change; 404 when it is not in this district. */
    static HomeVisit lockedInDistrict(Connection c, IdentityCipher cipher, UUID id, String district)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM home_visits WHERE id = ? AND district_code = ? "
                + "FOR UPDATE")) {
            s.setObject(1, id);
            s.setString(2, district);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new VisitNotFoundException();
                }
            }
        }
        return one(c, cipher, id);
    }

    /** The visit of a child this resident guards, locked for change; 404 otherwise. */
    static HomeVisit lockedOfGuardian(Connection c, IdentityCipher cipher, UUID id, String guardian)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM home_visits v JOIN guardianships g "
                + "ON g.child_id = v.child_id AND g.subject = ? WHERE v.id = ? FOR UPDATE OF v")) {
            s.setString(1, guardian);
            s.setObject(2, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new VisitNotFoundException();
                }
            }
        }
        return one(c, cipher, id);
    }

    static HomeVisit one(Connection c, IdentityCipher cipher, UUID id) throws SQLException {
        return query(c, cipher, "WHERE v.id = ?", s -> s.setObject(1, id)).stream().findFirst()
                .orElseThrow(VisitNotFoundException::new);
    }

    static UUID reservation(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT reservation_id FROM home_visits WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Jdbc.uuid(r, "reservation_id");
            }
        }
    }

    /** Sets the state (and, for closing states, closed_at) plus the given columns, bound in order. */
    static void update(Connection c, UUID id, VisitState state, String assignments, Object... values)
            throws SQLException {
        boolean closing = !state.open();
        try (PreparedStatement s = c.prepareStatement("UPDATE home_visits SET state = '" + state.name() + "', "
                + "version = version + 1" + (closing ? ", closed_at = now()" : "")
                + (assignments.isEmpty() ? "" : ", " + assignments) + " WHERE id = ?")) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.setObject(values.length + 1, id);
            s.executeUpdate();
        }
    }

    private static HomeVisit read(Connection c, IdentityCipher cipher, ResultSet r) throws SQLException {
        UUID id = Jdbc.uuid(r, "id");
        List<TimeWindow> windows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT starts_at, ends_at FROM home_visit_windows "
                + "WHERE visit_id = ? ORDER BY starts_at")) {
            s.setObject(1, id);
            try (ResultSet w = s.executeQuery()) {
                while (w.next()) {
                    windows.add(new TimeWindow(Jdbc.instant(w, "starts_at"), Jdbc.instant(w, "ends_at")));
                }
            }
        }
        Array topics = r.getArray("topics");
        TimeWindow scheduled = r.getTimestamp("scheduled_start") == null ? null
                : new TimeWindow(Jdbc.instant(r, "scheduled_start"), Jdbc.instant(r, "scheduled_end"));
        byte[] address = r.getBytes("address_cipher");
        return new HomeVisit(id, r.getString("district_code"), Jdbc.uuid(r, "child_id"),
                VisitState.valueOf(r.getString("state")), r.getString("sub_district"),
                address == null ? null : cipher.decryptAddress(id, address),
                windows, r.getString("assigned_to"), scheduled, r.getString("family_response"),
                r.getString("family_note"), r.getString("outcome"), r.getString("outcome_notes"),
                topics == null ? List.of() : Arrays.asList((String[]) topics.getArray()),
                Jdbc.instant(r, "requested_at"), Jdbc.instant(r, "closed_at"), r.getBoolean("overdue"));
    }
}
