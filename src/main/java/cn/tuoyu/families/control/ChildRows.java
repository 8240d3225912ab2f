package cn.tuoyu.families.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.Sex;

/** Reading children's rows: never the encrypted number or its hash, only the masked form. Anonymised rows never. */
final class ChildRows {

    static final String COLUMNS = "c.id, c.name, c.sex, c.birth_date, c.document_kind, c.document_masked, "
            + "c.district_code, c.registered_at";

    private ChildRows() {
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    static List<ChildRecord> query(Connection c, String whereAndOrder, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM children c "
                + whereAndOrder)) {
            binder.bind(s);
            List<ChildRecord> children = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    children.add(new ChildRecord(r.getObject(1, UUID.class), r.getString(2),
                            Sex.valueOf(r.getString(3)), r.getObject(4, java.time.LocalDate.class),
                            DocumentKind.valueOf(r.getString(5)), r.getString(6), r.getString(7),
                            r.getTimestamp(8).toInstant()));
                }
            }
            return children;
        }
    }

    static Optional<ChildRecord> one(Connection c, String where, Binder binder) throws SQLException {
        return query(c, where, binder).stream().findFirst();
    }
}
