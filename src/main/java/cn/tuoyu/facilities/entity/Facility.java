package cn.tuoyu.facilities.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A childcare facility's record and standing. Its staff edit the record freely until it is filed; after that only
 * contact and opening hours change directly, everything else through a reviewed change application, and district
 * and credit code never. Standing moves only along: NOT_FILED → FILED ⇄ SUSPENDED → REVOKED, FILED/SUSPENDED →
 * DEREGISTERED.
 */
@Entity
@Table(name = "facilities")
@NamedQuery(name = Facility.NAMES_IN_DISTRICT,
        query = "SELECT f.id, f.name FROM Facility f WHERE f.districtCode = :district")
@NamedQuery(name = Facility.PLACES_PER_DISTRICT, query = "SELECT f.districtCode, SUM(f.places.infant + "
        + "f.places.toddler + f.places.older + f.places.mixed) FROM Facility f WHERE f.standing IN :standings "
        + "GROUP BY f.districtCode")
// decides the race between a redemption and a suspension: the redemption holds the row, a suspension waits for it
@NamedNativeQuery(name = Facility.HOLD_STANDING, query = "SELECT 1 FROM facilities WHERE id = ?1 FOR SHARE")
public class Facility {

    /** Share-locks the facility's row for the rest of the transaction (parameter 1: its id). */
    public static final String HOLD_STANDING = "Facility.holdStanding";
    /** District code and total places of the facilities in the standings asked for, per district. */
    public static final String PLACES_PER_DISTRICT = "Facility.placesPerDistrict";
    /** Id and name of every facility of a district (parameter {@code district}). */
    public static final String NAMES_IN_DISTRICT = "Facility.namesInDistrict";

    @Id
    private UUID id;
    private String name;
    @Column(name = "credit_code")
    private String creditCode;
    private String address;
    @Column(name = "district_code")
    private String districtCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "registration_type")
    private RegistrationType registrationType;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "facility_service_types", joinColumns = @JoinColumn(name = "facility_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private Set<ServiceType> serviceTypes = EnumSet.noneOf(ServiceType.class);
    @Embedded
    private Places places;
    private boolean affordable;
    private boolean demonstration;
    @Column(name = "quality_grade")
    private String qualityGrade;
    @Column(name = "opening_hours")
    private String openingHours;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "serves_meals")
    private boolean servesMeals;
    @Enumerated(EnumType.STRING)
    private Standing standing;
    @Column(name = "filing_number")
    private String filingNumber;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Facility() {
    }

    public Facility(UUID id, FacilityDetails details, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.standing = Standing.NOT_FILED;
        this.creditCode = details.creditCode();
        this.districtCode = details.districtCode();
        this.createdAt = now;
        apply(details, now);
    }

    /** The staff's own edit of the record. */
    public void edit(FacilityDetails details, Instant now) {
        if (!standing.changesNeedReview()) {
            this.creditCode = details.creditCode();
            this.districtCode = details.districtCode();
            apply(details, now);
            return;
        }
        if (!sameReviewedFields(details) || !details.districtCode().equals(districtCode)
                || !details.creditCode().equals(creditCode)) {
            throw new ChangeNeedsReviewException();
        }
        this.openingHours = details.openingHours();
        this.contactPhone = details.contactPhone();
        this.updatedAt = now;
    }

    /** Whether a change proposal keeps what never changes after filing: district and credit code. */
    public boolean keepsIdentity(FacilityDetails details) {
        return details.districtCode().equals(districtCode) && details.creditCode().equals(creditCode);
    }

    /** An approved change application replaces the record (district and credit code stay). */
    public void applyApprovedChange(FacilityDetails details, Instant now) {
        if (!keepsIdentity(details)) {
            throw new ChangeNeedsReviewException();
        }
        apply(details, now);
    }

    private boolean sameReviewedFields(FacilityDetails d) {
        return d.name().equals(name) && d.address().equals(address) && d.registrationType() == registrationType
                && d.serviceTypes().equals(serviceTypes) && d.places().sameAs(places) && d.affordable() == affordable
                && d.demonstration() == demonstration && Objects.equals(d.qualityGrade(), qualityGrade)
                && d.servesMeals() == servesMeals;
    }

    private void apply(FacilityDetails d, Instant now) {
        this.name = d.name();
        this.address = d.address();
        this.registrationType = d.registrationType();
        this.serviceTypes = d.serviceTypes().isEmpty()
                ? EnumSet.noneOf(ServiceType.class)
                : EnumSet.copyOf(d.serviceTypes());
        this.places = d.places();
        this.affordable = d.affordable();
        this.demonstration = d.demonstration();
        this.qualityGrade = d.qualityGrade();
        this.openingHours = d.openingHours();
        this.contactPhone = d.contactPhone();
        this.servesMeals = d.servesMeals();
        this.updatedAt = now;
    }

    /** Which applications the current standing allows ({@link Standing#applications()}). */
    public void checkMayApply(ApplicationKind kind) {
        if (!standing.applications().contains(kind)) {
            throw new ApplicationNotAllowedException(kind, standing);
        }
    }

    public void file(String number, LocalDate on, Instant now) {
        move(Standing.NOT_FILED, Standing.FILED, "filing");
        this.filingNumber = Objects.requireNonNull(number);
        this.filedOn = Objects.requireNonNull(on);
        this.updatedAt = now;
    }

    public void suspend(Instant now) {
        change(StandingAction.SUSPEND, "suspension", now);
    }

    public void reinstate(Instant now) {
        change(StandingAction.REINSTATE, "reinstatement", now);
    }

    public void revoke(Instant now) {
        change(StandingAction.REVOKE, "revocation", now);
    }

    /** A standing decision outside an application, where the standing allows it ({@link Standing#actions()}). */
    private void change(StandingAction action, String what, Instant now) {
        if (!standing.actions().contains(action)) {
            throw new IllegalStandingChangeException(standing, what);
        }
        this.standing = action.result();
        this.updatedAt = now;
    }

    public void deregister(Instant now) {
        if (standing != Standing.FILED && standing != Standing.SUSPENDED) {
            throw new IllegalStandingChangeException(standing, "deregistration");
        }
        this.standing = Standing.DEREGISTERED;
        this.updatedAt = now;
    }

    private void move(Standing from, Standing to, String action) {
        if (standing != from) {
            throw new IllegalStandingChangeException(standing, action);
        }
        this.standing = to;
    }

    /** Filed, and the filing date has come (Asia/Shanghai day given by the caller). */
    public boolean mayRedeemOn(LocalDate day) {
        return standing.inGoodStanding() && filedOn != null && !day.isBefore(filedOn);
    }

    public FacilityDetails details() {
        return new FacilityDetails(name, creditCode, address, districtCode, registrationType, serviceTypes,
                places.infant(), places.toddler(), places.older(), places.mixed(), affordable, demonstration,
                qualityGrade, openingHours, contactPhone, servesMeals);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String districtCode() {
        return districtCode;
    }

    public Set<ServiceType> serviceTypes() {
        return serviceTypes.isEmpty() ? Set.of() : Set.copyOf(serviceTypes);
    }

    public Places places() {
        return places;
    }

    public boolean servesMeals() {
        return servesMeals;
    }

    public Standing standing() {
        return standing;
    }

    public String filingNumber() {
        return filingNumber;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
