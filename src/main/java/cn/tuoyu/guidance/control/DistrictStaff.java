package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.guidance.entity.DistrictStaffMember;
import cn.tuoyu.guidance.entity.StaffMember;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * The district's health staff, learnt from their own tokens (subject, name, district claim) when they call the API,
 * plus the demo staff seeded: whom a coordinator may assign a visit to. Each instance writes a member's row once per
 * change of name or district, not on every request.
 */
@ApplicationScoped
@Transactional
public class DistrictStaff {

    static final int MAX_LISTED = 500;

    @Inject
    TransactionDataSource dataSource;

    private final Map<String, String> written = new ConcurrentHashMap<>();

    /** Records (or moves, or renames) the staff member the token describes. */
    public void seen(String subject, String name, String district) {
        String displayName = name == null || name.isBlank() ? subject : name.strip();
        if (displayName.length() > 200) {
            displayName = displayName.substring(0, 200);
        }
        String state = district + "|" + displayName;
        if (state.equals(written.get(subject))) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO district_staff (subject, district_code, display_name) VALUES (?, ?, ?) "
                        + "ON CONFLICT (subject) DO UPDATE SET district_code = EXCLUDED.district_code, "
                        + "display_name = EXCLUDED.display_name, last_seen_at = now()")) {
            s.setString(1, subject);
            s.setString(2, district);
            s.setString(3, displayName);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        written.put(subject, state);
    }

    /** The staff of the coordinator's district, by name. */
    public List<DistrictStaffMember> of(StaffMember coordinator) {
        if (!coordinator.coordinator()) {
            throw new CoordinatorRequiredException();
        }
        List<DistrictStaffMember> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT subject, display_name FROM district_staff WHERE district_code = ? "
                        + "ORDER BY display_name, subject LIMIT " + MAX_LISTED)) {
            s.setString(1, coordinator.district());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.add(new DistrictStaffMember(r.getString(1), r.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return members;
    }

    /** The assignee, if a staff member of the district; otherwise a 422 problem naming the field. */
    public String requireMember(String district, String assignee) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM district_staff WHERE subject = ? AND district_code = ?")) {
            s.setString(1, assignee);
            s.setString(2, district);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new UnknownAssigneeException();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return assignee;
    }
}
