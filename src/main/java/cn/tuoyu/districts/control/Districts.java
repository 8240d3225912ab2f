package cn.tuoyu.districts.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.persistence.TransactionDataSource;

/** Reads the districts and lets their health staff correct the population. */
@ApplicationScoped
@Transactional
public class Districts {

    private static final String SELECT = "SELECT d.code, d.name, d.city_code, c.name, d.population, d.updated_at "
            + "FROM districts d JOIN cities c ON c.code = d.city_code ";

    @Inject
    TransactionDataSource dataSource;

    public List<District> all() {
        return query(SELECT + "ORDER BY d.code", null);
    }

    public Optional<District> find(String code) {
        return query(SELECT + "WHERE d.code = ?", code).stream().findFirst();
    }

    public District byCode(String code) {
        return find(code).orElseThrow(DistrictNotFoundException::new);
    }

    /** For a record that names a district (a facility's, a child's): the platform must serve it, or 422. */
    public void requireServed(String code) {
        if (find(code).isEmpty()) {
            throw new UnknownDistrictException();
        }
    }

    /** Health staff set the population of the district they are bound to; any other code is not there for them. */
    public District updatePopulation(String staffDistrict, String code, int population) {
        requireOwn(staffDistrict, code);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE districts SET population = ?, updated_at = now() WHERE code = ?")) {
            s.setInt(1, population);
            s.setString(2, code);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byCode(code);
    }

    /**
     * Refuses, with the same 404 whether it exists or not, a district other than the one the staff member is bound
     * to; returns the district.
     */
    public District requireOwn(String staffDistrict, String code) {
        if (!code.equals(staffDistrict)) {
            throw new OtherDistrictException();
        }
        return byCode(code);
    }

    private List<District> query(String sql, String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (code != null) {
                s.setString(1, code);
            }
            List<District> districts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    districts.add(new District(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            (Integer) r.getObject(5), r.getTimestamp(6).toInstant()));
                }
            }
            return districts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
