package cn.tuoyu.families.control;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.AccessRecord;
import cn.tuoyu.platform.security.Caller;

/** Writes who read which child's record, when and why (PIPL art. 51: access to sensitive data is recorded). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessLog {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    /** The caller read the child in {@code role}, within {@code scope} (district or facility), for {@code purpose}. */
    void record(UUID child, String role, String scope, AccessPurpose purpose) {
        em.persist(new AccessRecord(child, caller.subject(), role, scope, purpose, clock.instant()));
    }
}
