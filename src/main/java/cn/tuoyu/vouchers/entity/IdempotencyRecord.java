package cn.tuoyu.vouchers.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The first answer to a request sent with an {@code Idempotency-Key}, kept under the key and a hash of the request.
 * The key is claimed by {@link #CLAIM}: a concurrent request with the same key waits on the row and then finds the
 * answer; if the first attempt fails, its row goes with its transaction.
 */
@Entity
@Table(name = "idempotency_records")
@IdClass(IdempotencyRecord.Key.class)
@NamedQuery(name = IdempotencyRecord.FIND,
        query = "SELECT r FROM IdempotencyRecord r WHERE r.scope = :scope AND r.idempotencyKey = :idempotencyKey")
// decides which of two requests with one key does the work: the other inserts nothing and waits for its answer
@NamedNativeQuery(name = IdempotencyRecord.CLAIM, query = "INSERT INTO idempotency_records (scope, key, request_hash, "
        + "created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (scope, key) DO NOTHING")
public class IdempotencyRecord {

    /** The record of a key in a scope (parameters {@code scope}, {@code idempotencyKey}). */
    public static final String FIND = "IdempotencyRecord.find";
    /** Claims a key (1: scope, 2: key, 3: request hash, 4: now); 1 row when this request got it, 0 otherwise. */
    public static final String CLAIM = "IdempotencyRecord.claim";

    /** The primary key: scope and key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String scope;
        private String idempotencyKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(scope, k.scope)
                    && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, idempotencyKey);
        }
    }

    @Id
    private String scope;
    @Id
    @Column(name = "key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private byte[] requestHash;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    /** The first answer, for a retry of the same request; another request under the same key: 422. */
    public String answerTo(byte[] hash) {
        if (!Arrays.equals(requestHash, hash)) {
            throw new IdempotencyKeyReusedException();
        }
        return body;
    }

    public void remember(String answer) {
        body = answer;
    }
}
