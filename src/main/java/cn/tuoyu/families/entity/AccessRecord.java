package cn.tuoyu.families.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who read which child's record, when and why (PIPL art. 51: access to sensitive data is recorded). */
@Entity
@Table(name = "child_access_log")
public class AccessRecord {

    @Id
    private UUID id;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "actor_subject")
    private String actorSubject;
    @Column(name = "actor_role")
    private String actorRole;
    @Column(name = "actor_scope")
    private String actorScope;
    @Enumerated(EnumType.STRING)
    private AccessPurpose purpose;
    @Column(name = "accessed_at")
    private Instant accessedAt;

    protected AccessRecord() {
    }

    public AccessRecord(UUID childId, String actor, String role, String scope, AccessPurpose purpose, Instant at) {
        this.id = UUID.randomUUID();
        this.childId = childId;
        this.actorSubject = actor;
        this.actorRole = role;
        this.actorScope = scope;
        this.purpose = purpose;
        this.accessedAt = at;
    }
}
