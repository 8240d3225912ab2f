package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.NativeStatements;
import cn.tuoyu.vouchers.entity.BatchWatch;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * Residents who asked to be told when a voucher batch opens: they watch the districts of the children they guard, and
 * each is told once per batch when a batch of such a district is published.
 */
@ApplicationScoped
@Transactional
public class BatchWatches {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    Notifications notifications;

    /** Watches the districts of the resident's children (422 without any); returns every district watched. */
    public List<String> watch(String guardian) {
        TreeSet<String> districts = new TreeSet<>(
                children.childrenOfGuardian(guardian).stream().map(GuardedChild::districtCode).toList());
        if (districts.isEmpty()) {
            throw new NoChildToWatchForException();
        }
        for (String district : districts) {
            Query insert = NativeStatements.bound(em, BatchWatch.INSERT_ONCE,
                    BatchWatch.insertParameters(guardian, district, clock.instant()));
            insert.executeUpdate();
        }
        return watched(guardian);
    }

    /** Stops watching; nothing is told from now on. */
    public void unwatch(String guardian) {
        em.createNamedQuery(BatchWatch.DELETE_OF).setParameter("subject", guardian).executeUpdate();
    }

    public List<String> watched(String guardian) {
        return em.createNamedQuery(BatchWatch.DISTRICTS_OF, String.class).setParameter("subject", guardian)
                .getResultList();
    }

    /** The batch was published: everyone watching its district learns when claims open (once per batch). */
    void published(VoucherBatch batch) {
        List<String> watchers = em.createNamedQuery(BatchWatch.WATCHERS_OF, String.class)
                .setParameter("district", batch.districtCode()).getResultList();
        notifications.tell(new Notice(Recipients.people(watchers), NoticeKind.BATCH_OPENING,
                "batch-opening:" + batch.id(), Map.of("batch", batch.name(), "at",
                        Notice.chinaTime(batch.terms().claimOpensAt())),
                "/vouchers", false, null, batch.districtCode()));
    }
}
