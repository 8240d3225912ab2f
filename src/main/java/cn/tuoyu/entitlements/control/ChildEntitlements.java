package cn.tuoyu.entitlements.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.entity.LedgerEntry;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.AccessPurpose;

/** Entitlements as guardians and health staff reach them: the child is resolved (and access checked) first. */
@ApplicationScoped
@Transactional
public class ChildEntitlements {

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    public List<Entitlement> forGuardian(String guardian, UUID childId, Instant at) {
        return ledger.entitlements(children.childOfGuardian(childId, guardian).id(), at);
    }

    public List<LedgerEntry> ledgerForGuardian(String guardian, UUID childId) {
        return ledger.entries(children.childOfGuardian(childId, guardian).id());
    }

    public List<LedgerEntry> ledgerForDistrictStaff(String district, UUID childId) {
        return ledger.entries(children.childOfDistrict(district, childId, AccessPurpose.ENTITLEMENT_CHECK).id());
    }

    /** Health staff of the child's district record a session delivered (a home visit, a class attended). */
    public LedgerEntry recordConsumption(String district, UUID childId, ServiceKind kind, LedgerReason reason,
            String reference) {
        UUID child = children.childOfDistrict(district, childId, AccessPurpose.ENTITLEMENT_CHECK).id();
        UUID entry = ledger.consumeDirectly(child, kind, reason, reference);
        return ledger.entries(child).stream().filter(e -> e.id().equals(entry)).findFirst().orElseThrow();
    }
}
