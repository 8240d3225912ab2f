package cn.tuoyu.families.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.families.entity.AccessPurpose;

/** Writes who read which child's record, when and why (PIPL art. 51: access to sensitive data is recorded). */
final class AccessLog {

    private AccessLog() {
    }

    static void record(Connection c, UUID child, String actor, String role, String scope, AccessPurpose purpose,
            Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO child_access_log "
                + "(id, child_id, actor_subject, actor_role, actor_scope, purpose, accessed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, child);
            s.setString(3, actor);
            s.setString(4, role);
            s.setString(5, scope);
            s.setString(6, purpose.name());
            s.setTimestamp(7, Timestamp.from(at));
            s.executeUpdate();
        }
    }
}
