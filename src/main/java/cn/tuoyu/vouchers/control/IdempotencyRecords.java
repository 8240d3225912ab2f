package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.vouchers.entity.IdempotencyRecord;

/**
 * Remembers the answer to a request sent with an {@code Idempotency-Key}, so a retry gets the same answer and the
 * work is done once. The key is claimed by inserting its row in the caller's transaction: a concurrent request with
 * the same key waits on that row and then reads the stored answer; if the first attempt fails, its row goes with
 * its transaction and a retry does the work afresh. The same key with a different request is refused (422).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyRecords {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    /**
     * Claims the key for this request; returns what the first request with this key answered when the key was
     * already used for the same request (another request under the same key: 422).
     */
    public Optional<String> claim(String scope, String key, byte[] requestHash) {
        int claimed = em.createNamedQuery(IdempotencyRecord.CLAIM).setParameter(1, scope).setParameter(2, key)
                .setParameter(3, requestHash).setParameter(4, InstantConverter.column(clock.instant()))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(find(scope, key).answerTo(requestHash));
    }

    /** Keeps the first request's answer under its key, in the same transaction as what it did. */
    public void remember(String scope, String key, String answer) {
        find(scope, key).remember(answer);
    }

    private IdempotencyRecord find(String scope, String key) {
        return em.createNamedQuery(IdempotencyRecord.FIND, IdempotencyRecord.class).setParameter("scope", scope)
                .setParameter("idempotencyKey", key).getSingleResult();
    }
}
