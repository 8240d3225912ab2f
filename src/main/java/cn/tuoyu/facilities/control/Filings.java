package cn.tuoyu.facilities.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.facilities.entity.ApplicationKind;
import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.FileType;
import cn.tuoyu.facilities.entity.FilingApplication;
import cn.tuoyu.facilities.entity.Material;
import cn.tuoyu.facilities.entity.MaterialKind;

/** Facility staff prepare applications: open one, upload its materials, submit it for review. */
@ApplicationScoped
@Transactional
public class Filings {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FacilityRecords records;

    @Inject
    FacilityNotices notices;

    @Inject
    @ConfigProperty(name = "app.max-upload-bytes", defaultValue = "5242880")
    long maxUploadBytes;

    public ApplicationFile open(Scope scope, String facilityId, ApplicationKind kind, FacilityDetails change) {
        Facility facility = records.locked(facilityId, true, false, scope);
        if ((kind == ApplicationKind.CHANGE) != (change != null)
                || (change != null && !facility.keepsIdentity(change))) {
            throw new ProposalMismatchException();
        }
        facility.checkMayApply(kind);
        if (!openApplications(facility.id()).isEmpty()) {
            throw new ApplicationInProgressException();
        }
        FilingApplication application = new FilingApplication(UUID.randomUUID(), facility.id(), kind,
                change == null ? null : JSON.toJson(change), clock.instant());
        em.persist(application);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ApplicationInProgressException();
        }
        return describe(facility, application, scope);
    }

    public MaterialInfo upload(Scope scope, String facilityId, String applicationId, String kindSlug,
            String declaredType, byte[] content) {
        MaterialKind kind = MaterialKind.bySlug(kindSlug).orElseThrow(ApplicationNotFoundException::new);
        FilingApplication application = application(scope, facilityId, applicationId, true);
        application.checkEditable();
        if (content == null || content.length == 0) {
            throw new EmptyFileException();
        }
        if (content.length > maxUploadBytes) {
            throw new FileTooLargeException(maxUploadBytes);
        }
        FileType type = FileType.of(content).orElseThrow(UnsupportedFileException::new);
        if (FileType.byMediaType(declaredType).orElse(null) != type) {
            throw new UnsupportedFileException();
        }
        String sha256 = sha256(content);
        Instant now = clock.instant();
        Material material = em.find(Material.class, new Material.Key(application.id(), kind));
        if (material == null) {
            material = new Material(application.id(), kind, type, content, sha256, now);
            em.persist(material);
        } else {
            material.replace(type, content, sha256, now);
        }
        return new MaterialInfo(kind, type.mediaType(), content.length, sha256, now);
    }

    public ApplicationFile submit(Scope scope, String facilityId, String applicationId) {
        Facility facility = records.locked(facilityId, true, false, scope);
        FilingApplication application = application(scope, facilityId, applicationId, true);
        application.checkEditable();
        if (application.kind() == ApplicationKind.FILING) {
            Set<MaterialKind> missing = missingMaterials(facility, application);
            if (!missing.isEmpty()) {
                throw new MaterialsMissingException(missing);
            }
        }
        application.submit(clock.instant());
        if (application.kind() == ApplicationKind.FILING) {
            notices.submitted(facility, application);
        }
        return describe(facility, application, scope);
    }

    public ApplicationFile file(Scope scope, String facilityId, String applicationId) {
        FilingApplication application = application(scope, facilityId, applicationId, false);
        return describe(records.visible(scope, facilityId), application, scope);
    }

    public List<ApplicationFile> all(Scope scope, String facilityId) {
        Facility facility = records.visible(scope, facilityId);
        return em.createQuery("SELECT a FROM FilingApplication a WHERE a.facilityId = :id ORDER BY a.createdAt DESC",
                FilingApplication.class).setParameter("id", facility.id()).getResultList().stream()
                .map(a -> describe(facility, a, scope)).toList();
    }

    public Download download(Scope scope, String facilityId, String applicationId, String kindSlug) {
        MaterialKind kind = MaterialKind.bySlug(kindSlug).orElseThrow(ApplicationNotFoundException::new);
        FilingApplication application = application(scope, facilityId, applicationId, false);
        Material material = em.find(Material.class, new Material.Key(application.id(), kind));
        if (material == null) {
            throw new ApplicationNotFoundException();
        }
        String extension = switch (material.contentType()) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            default -> "png";
        };
        return new Download(kind.slug() + "." + extension, material.contentType(), material.content());
    }

    /** The application of the facility as the caller in {@code scope} sees it, with what they may do to it now. */
    ApplicationFile describe(Facility facility, FilingApplication application, Scope scope) {
        FacilityDetails proposed = application.proposed() == null
                ? null
                : JSON.fromJson(application.proposed(), FacilityDetails.class);
        return new ApplicationFile(application, proposed, materials(application.id()),
                application.status().allowed(scope.applicationActions(facility)));
    }

    /** The materials the seeds require of this facility's filing that the application does not carry. */
    Set<MaterialKind> missingMaterials(Facility facility, FilingApplication application) {
        Set<MaterialKind> missing = EnumSet.noneOf(MaterialKind.class);
        missing.addAll(MaterialKind.requiredForFiling(facility.servesMeals()));
        materials(application.id()).forEach(m -> missing.remove(m.kind()));
        return missing;
    }

    List<MaterialInfo> materials(UUID applicationId) {
        return em.createQuery("SELECT NEW cn.tuoyu.facilities.control.MaterialInfo(m.kind, m.contentType, "
                + "m.sizeBytes, m.sha256, m.uploadedAt) FROM Material m WHERE m.applicationId = :id ORDER BY m.kind",
                MaterialInfo.class).setParameter("id", applicationId).getResultList();
    }

    private List<FilingApplication> openApplications(UUID facilityId) {
        return em.createQuery("SELECT a FROM FilingApplication a WHERE a.facilityId = :id AND a.status IN "
                + "(cn.tuoyu.facilities.entity.ApplicationStatus.DRAFT, "
                + "cn.tuoyu.facilities.entity.ApplicationStatus.PENDING)", FilingApplication.class)
                .setParameter("id", facilityId).getResultList();
    }

    /** The application of a facility the scope sees (staff only when {@code staffOnly}), locked for writing. */
    FilingApplication application(Scope scope, String facilityId, String applicationId, boolean staffOnly) {
        Facility facility = records.visible(scope, facilityId);
        if (staffOnly && !scope.isStaffOf(facility)) {
            throw new FacilityNotFoundException();
        }
        UUID id = FacilityRecords.parse(applicationId).orElseThrow(ApplicationNotFoundException::new);
        FilingApplication application = staffOnly
                ? em.find(FilingApplication.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(FilingApplication.class, id);
        if (application == null || !application.facilityId().equals(facility.id())) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
