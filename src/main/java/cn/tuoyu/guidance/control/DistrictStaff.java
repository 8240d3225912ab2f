package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.tuoyu.guidance.entity.DistrictStaffMember;
import cn.tuoyu.platform.persistence.NativeStatements;

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
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    private final Map<String, String> written = new ConcurrentHashMap<>();

    /** Records (or moves, or renames) the staff member the token describes. */
    public void seen(String subject, String name, String district) {
        DistrictStaffMember member = new DistrictStaffMember(subject, name, district, clock.instant());
        String state = district + "|" + member.name();
        if (state.equals(written.get(subject))) {
            return;
        }
        Query seen = NativeStatements.bound(em, DistrictStaffMember.SEEN, member.seenParameters());
        seen.executeUpdate();
        written.put(subject, state);
    }

    /** The staff of the coordinator's district, by name. */
    public List<DistrictStaffMember> of(StaffMember coordinator) {
        if (!coordinator.coordinator()) {
            throw new CoordinatorRequiredException();
        }
        return em.createNamedQuery(DistrictStaffMember.OF_DISTRICT, DistrictStaffMember.class)
                .setParameter("district", coordinator.district()).setMaxResults(MAX_LISTED).getResultList();
    }

    /** The assignee, if a staff member of the district; otherwise a 422 problem naming the field. */
    public String requireMember(String district, String assignee) {
        DistrictStaffMember member = assignee == null ? null : em.find(DistrictStaffMember.class, assignee);
        if (member == null || !member.worksIn(district)) {
            throw new UnknownAssigneeException();
        }
        return assignee;
    }
}
