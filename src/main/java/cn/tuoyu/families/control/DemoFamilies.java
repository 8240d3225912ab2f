package cn.tuoyu.families.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.families.entity.Child;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.families.entity.Sex;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * Demo data for the run command ({@code app.demo-data=true}): demo-parent consents and has two obviously fictional
 * children in 海门区, one 6 and one 24 months old. Seeded from Java, not SQL, because their identity numbers must be
 * encrypted with the configured key like real ones. Idempotent: on every start the birth dates are moved so that
 * the ages stay the same.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoFamilies {

    public static final String DEMO_PARENT = "00000000-0000-4000-8000-0000000000a1";
    private static final Logger LOG = Logger.getLogger(DemoFamilies.class.getName());

    private record DemoChild(String name, Sex sex, int ageInMonths, String certificate) {
    }

    private static final List<DemoChild> CHILDREN = List.of(
            new DemoChild("演示宝宝甲", Sex.FEMALE, 6, "Z000000001"),
            new DemoChild("演示宝宝乙", Sex.MALE, 24, "Z000000002"));

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    Consents consents;

    @Inject
    ChildRegistry registry;

    @Inject
    IdentityProtection protection;

    @PostConstruct
    void seed() {
        if (demoData) {
            ensure();
            LOG.info("demo families ready");
        }
    }

    /** Makes the demo family exist as described, whatever is there already. */
    public void ensure() {
        consents.give(DEMO_PARENT, Consents.CURRENT_NOTICE_VERSION);
        LocalDate today = ChinaTime.today(clock);
        for (DemoChild child : CHILDREN) {
            IdentityDocument document = new IdentityDocument(DocumentKind.BIRTH_CERTIFICATE, child.certificate());
            LocalDate birthDate = today.minusMonths(child.ageInMonths()).minusDays(3);
            Optional<Child> existing = registry.byDocumentHash(protection.cipher().lookupHash(document));
            if (existing.isPresent()) {
                existing.get().keepAge(birthDate);
            } else {
                registry.register(DEMO_PARENT, new ChildRegistry.Registration(child.name(), child.sex(), birthDate,
                        document, "320614", Relation.MOTHER));
            }
        }
    }
}
