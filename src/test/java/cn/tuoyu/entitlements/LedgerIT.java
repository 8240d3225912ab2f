package cn.tuoyu.entitlements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.control.NotEntitledException;
import cn.tuoyu.entitlements.control.ReservationNotFoundException;
import cn.tuoyu.entitlements.entity.EntitlementExhaustedException;
import cn.tuoyu.entitlements.entity.LedgerEntry;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ReservationNotActiveException;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildNotFoundException;
import cn.tuoyu.families.control.ChildRegistry;
import cn.tuoyu.families.control.ChildrenDataConsentRequiredException;
import cn.tuoyu.families.control.Consents;
import cn.tuoyu.families.control.DemoFamilies;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.families.entity.Sex;
import cn.tuoyu.testing.Deployments;

/**
 * The control-layer entry points other features call (ledger, child resolution, demo data), run inside the deployed
 * application against PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

    @Deployment
    static WebArchive app() {
        return Deployments.app().addClass(Deployments.class);
    }

    @Inject
    EntitlementLedger ledger;

    @Inject
    ChildRegistry registry;

    @Inject
    ChildDirectory directory;

    @Inject
    Consents consents;

    @Inject
    DemoFamilies demo;

    @Test
    void reservationsAreConsumedOrReleasedOnceAndRemainingCountsBoth() {
        UUID child = child(UUID.randomUUID().toString(), 20);
        UUID first = ledger.reserve(child, ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "voucher-1");
        assertEquals(3, remaining(child));
        assertEquals(first, ledger.reserve(child, ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "voucher-1"),
                "a retry with the same reference takes nothing more");
        UUID second = ledger.reserve(child, ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "voucher-2");
        assertEquals(2, remaining(child));

        ledger.consume(first);
        assertEquals(2, remaining(child), "consuming a reservation takes nothing more");
        ledger.release(second, LedgerReason.CANCELLATION);
        assertEquals(3, remaining(child), "a released reservation gives its unit back");

        assertThrows(ReservationNotActiveException.class, () -> ledger.consume(second));
        assertThrows(ReservationNotActiveException.class, () -> ledger.release(first, LedgerReason.EXPIRY));
        assertThrows(ReservationNotActiveException.class, () -> ledger.release(second, LedgerReason.EXPIRY));
        assertThrows(ReservationNotFoundException.class, () -> ledger.consume(UUID.randomUUID()));
        assertEquals(3, remaining(child));

        for (int i = 0; i < 3; i++) {
            ledger.consumeDirectly(child, ServiceKind.HOURLY_CARE, LedgerReason.ATTENDANCE, null);
        }
        assertEquals(0, remaining(child));
        assertThrows(EntitlementExhaustedException.class,
                () -> ledger.reserve(child, ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "voucher-3"));
        assertThrows(NotEntitledException.class,
                () -> ledger.reserve(child, ServiceKind.GUIDANCE_SESSION, LedgerReason.CLASS_BOOKING, "class-1"));
        assertEquals(0, ledger.remaining(child, ServiceKind.GUIDANCE_SESSION, Instant.now()));
        assertThrows(ChildNotFoundException.class,
                () -> ledger.reserve(UUID.randomUUID(), ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "x"));

        List<LedgerEntry> entries = ledger.entries(child);
        assertEquals(5, entries.size());
        assertEquals(1, entries.stream().filter(e -> e.state().name().equals("RELEASED")
                && e.releaseReason() == LedgerReason.CANCELLATION).count());
        assertEquals(4, entries.stream().filter(e -> e.state().name().equals("CONSUMED")).count());

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant nextYear = today.withDayOfYear(1).plusYears(1).plusDays(10).atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant();
        assertEquals(4, ledger.remaining(child, ServiceKind.HOURLY_CARE, nextYear), "a new calendar year renews");
        assertEquals(0, ledger.remaining(child, ServiceKind.HOURLY_CARE, Instant.now().plus(Duration.ofDays(800))),
                "past 36 months nothing is granted");
    }

    @Test
    void aChildIsResolvedOnlyForItsGuardianWithConsent() {
        String guardian = UUID.randomUUID().toString();
        UUID child = child(guardian, 8);
        GuardedChild guarded = directory.childOfGuardian(child, guardian);
        assertEquals(child, guarded.id());
        assertEquals("测*", guarded.maskedName());
        assertEquals("320614", guarded.districtCode());
        assertEquals(8, guarded.ageInMonths(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        String stranger = UUID.randomUUID().toString();
        consents.give(stranger, Consents.CURRENT_NOTICE_VERSION);
        assertThrows(ChildNotFoundException.class, () -> directory.childOfGuardian(child, stranger));
        consents.withdraw(guardian);
        assertThrows(ChildrenDataConsentRequiredException.class, () -> directory.childOfGuardian(child, guardian));
    }

    @Test
    void theDemoFamilyIsSeededOnceWithAnInfantAndAToddler() {
        demo.ensure();
        demo.ensure();
        List<ChildRecord> children = registry.childrenOf(DemoFamilies.DEMO_PARENT);
        assertEquals(2, children.size());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(List.of(24, 6), children.stream().map(c -> c.summary(today).ageInMonths()).toList());
        assertEquals(List.of("320614", "320614"), children.stream().map(ChildRecord::districtCode).toList());
        assertEquals("Z********2", children.get(0).maskedDocument());
    }

    private int remaining(UUID child) {
        return ledger.remaining(child, ServiceKind.HOURLY_CARE, Instant.now());
    }

    private UUID child(String guardian, int months) {
        consents.give(guardian, Consents.CURRENT_NOTICE_VERSION);
        IdentityDocument document = new IdentityDocument(DocumentKind.BIRTH_CERTIFICATE,
                "L" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)));
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(months).minusDays(3);
        return registry.register(guardian, new ChildRegistry.Registration("测试", Sex.FEMALE, birth, document,
                "320614", Relation.MOTHER)).id();
    }
}
