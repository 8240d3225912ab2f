package cn.tuoyu.families.entity;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A resident who guards a child, how they are related, and since when. */
@Embeddable
public class Guardianship {

    private String subject;
    @Enumerated(EnumType.STRING)
    private Relation relation;
    private Instant since;

    protected Guardianship() {
    }

    Guardianship(String subject, Relation relation, Instant since) {
        this.subject = subject;
        this.relation = relation;
        this.since = since;
    }

    public String subject() {
        return subject;
    }

    public Relation relation() {
        return relation;
    }

    public Instant since() {
        return since;
    }
}
