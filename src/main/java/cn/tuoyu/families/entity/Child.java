package cn.tuoyu.families.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A child registered by its guardians: name, sex, birth date, identity document (stored encrypted, found by a keyed
 * hash, shown only masked) and district, and who guards it. Aged 0–36 months when registered or corrected, with a
 * birth date and sex that agree with what a resident ID encodes. Anonymised irreversibly when no consenting guardian
 * is left or a guardian removes it: the personal fields go, the id stays for statistics (the database holds that a
 * row is either whole or anonymised).
 */
@Entity
@Table(name = "children")
@NamedQuery(name = Child.BY_DOCUMENT_HASH, query = "SELECT c FROM Child c WHERE c.documentHash = :hash")
@NamedQuery(name = Child.GUARDED, query = "SELECT c FROM Child c JOIN c.guardians g WHERE c.id = :id "
        + "AND g.subject = :subject AND c.anonymisedAt IS NULL")
@NamedQuery(name = Child.OF_GUARDIAN, query = "SELECT c FROM Child c JOIN c.guardians g WHERE g.subject = :subject "
        + "AND c.anonymisedAt IS NULL ORDER BY c.birthDate, c.id")
@NamedQuery(name = Child.OF_DISTRICT, query = "SELECT c FROM Child c WHERE c.districtCode = :district "
        + "AND c.anonymisedAt IS NULL ORDER BY c.registeredAt, c.id")
@NamedQuery(name = Child.COUNT_OF_DISTRICT, query = "SELECT count(c) FROM Child c WHERE c.districtCode = :district "
        + "AND c.anonymisedAt IS NULL")
@NamedQuery(name = Child.BORN_IN_DISTRICT, query = "SELECT c.id, c.birthDate FROM Child c WHERE "
        + "c.districtCode = :district AND c.anonymisedAt IS NULL AND c.birthDate > :after AND c.birthDate <= :until")
@NamedQuery(name = Child.BY_IDS, query = "SELECT c FROM Child c WHERE c.id IN :ids")
@NamedQuery(name = Child.FACTS, query = "SELECT c.id, c.name, c.birthDate, c.districtCode FROM Child c "
        + "WHERE c.id IN :ids AND c.anonymisedAt IS NULL")
@NamedQuery(name = Child.YOUNGEST_OF_DISTRICT, query = "SELECT c.id FROM Child c WHERE c.districtCode = :district "
        + "AND c.anonymisedAt IS NULL AND c.birthDate > :after ORDER BY c.birthDate DESC, c.id")
public class Child {

    /** The child registered with an identity document's keyed hash (parameter {@code hash}). */
    public static final String BY_DOCUMENT_HASH = "Child.byDocumentHash";
    /** The recorded child with this id if this resident guards it (parameters {@code id}, {@code subject}). */
    public static final String GUARDED = "Child.guarded";
    /** The recorded children a resident guards, oldest first (parameter {@code subject}). */
    public static final String OF_GUARDIAN = "Child.ofGuardian";
    /** The recorded children of a district, by registration (parameter {@code district}). */
    public static final String OF_DISTRICT = "Child.ofDistrict";
    /** How many recorded children a district has (parameter {@code district}). */
    public static final String COUNT_OF_DISTRICT = "Child.countOfDistrict";
    /** Id and birth date of a district's recorded children born in a range (district, after, until). */
    public static final String BORN_IN_DISTRICT = "Child.bornInDistrict";
    /** Id, name, birth date and district of the recorded children with these ids (parameter {@code ids}). */
    public static final String FACTS = "Child.facts";
    /** The children with these ids (parameter {@code ids}). */
    public static final String BY_IDS = "Child.byIds";
    /**
     * Ids of a district's recorded children born after a day, youngest first (district, after): the order of the
     * {@code children_district_youngest} index, so that a slice is read from it, not sorted.
     */
    public static final String YOUNGEST_OF_DISTRICT = "Child.youngestOfDistrict";

    /** The oldest a child may be when registered or corrected, in whole months. */
    public static final int OLDEST_MONTHS = 36;

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind")
    private DocumentKind documentKind;
    @Column(name = "document_cipher")
    private byte[] documentCipher;
    @Column(name = "document_hash")
    private byte[] documentHash;
    @Column(name = "document_masked")
    private String documentMasked;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "guardianships", joinColumns = @JoinColumn(name = "child_id"))
    private List<Guardianship> guardians = new ArrayList<>();

    protected Child() {
    }

    /**
     * Registers a child with its first guardian; the document is given encrypted and as its keyed hash, and checked
     * against the facts in its plain form.
     */
    public Child(String name, Sex sex, LocalDate birthDate, IdentityDocument document, byte[] cipher, byte[] hash,
            String districtCode, String guardian, Relation relation, LocalDate today, Instant now) {
        checkFacts(sex, birthDate, document, today);
        this.id = UUID.randomUUID();
        this.name = Objects.requireNonNull(name);
        this.sex = sex;
        this.birthDate = birthDate;
        this.documentKind = document.kind();
        this.documentCipher = cipher;
        this.documentHash = hash;
        this.documentMasked = document.masked();
        this.districtCode = Objects.requireNonNull(districtCode);
        this.registeredAt = now;
        this.guardians.add(new Guardianship(guardian, relation, now));
    }

    /**
     * Birth date not in the future, 0–36 months on {@code today}, and what a resident ID encodes (birth date, sex)
     * agrees.
     */
    public static void checkFacts(Sex sex, LocalDate birthDate, IdentityDocument document, LocalDate today) {
        if (birthDate.isAfter(today)) {
            throw new BirthDateInFutureException();
        }
        if (Age.inMonths(birthDate, today) > OLDEST_MONTHS) {
            throw new ChildTooOldException();
        }
        if (document.birthDate().filter(d -> !d.equals(birthDate)).isPresent()) {
            throw new BirthDateMismatchException();
        }
        if (document.sex().filter(s -> s != sex).isPresent()) {
            throw new SexMismatchException();
        }
    }

    /** Corrects name, sex and birth date, under the same rules, against the document as registered. */
    public void correct(String newName, Sex newSex, LocalDate newBirthDate, IdentityDocument registered,
            LocalDate today) {
        requireRecorded();
        checkFacts(newSex, newBirthDate, registered, today);
        name = Objects.requireNonNull(newName);
        sex = newSex;
        birthDate = newBirthDate;
    }

    /** Moves the birth date (demo data only: keeps the demo children's ages as they are). */
    public void keepAge(LocalDate newBirthDate) {
        requireRecorded();
        birthDate = newBirthDate;
    }

    public boolean isGuardedBy(String subject) {
        return anonymisedAt == null && guardians.stream().anyMatch(g -> g.subject().equals(subject));
    }

    /** A second guardian, through an accepted invitation; one who guards it already: 409. */
    public void addGuardian(String subject, Relation relation, Instant now) {
        requireRecorded();
        if (guardians.stream().anyMatch(g -> g.subject().equals(subject))) {
            throw new AlreadyGuardianException();
        }
        guardians.add(new Guardianship(subject, relation, now));
    }

    /** A guardian who withdrew consent no longer guards it. */
    public void dropGuardian(String subject) {
        guardians.removeIf(g -> g.subject().equals(subject));
    }

    public List<String> guardianSubjects() {
        return guardians.stream().map(Guardianship::subject).toList();
    }

    /** Erases the personal fields and the guardians irreversibly; the id stays for statistics. */
    public void anonymiseAt(Instant now) {
        if (anonymisedAt != null) {
            return;
        }
        name = null;
        sex = null;
        birthDate = null;
        documentKind = null;
        documentCipher = null;
        documentHash = null;
        documentMasked = null;
        guardians.clear();
        anonymisedAt = now;
    }

    private void requireRecorded() {
        if (anonymisedAt != null) {
            throw new IllegalStateException("an anonymised child has nothing to change");
        }
    }

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    /** The child as read: never the encrypted number, only its masked form. */
    public ChildRecord record() {
        requireRecorded();
        return new ChildRecord(id, name, sex, birthDate, documentKind, documentMasked, districtCode, registeredAt);
    }

    /** As staff lists show it: masked, or only that it was anonymised. */
    public ListedChild listed() {
        return anonymised() ? ListedChild.anonymised(id) : ListedChild.of(id, name, birthDate);
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public DocumentKind documentKind() {
        return documentKind;
    }

    public byte[] documentCipher() {
        return documentCipher;
    }
}
