package cn.tuoyu.facilities.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.facilities.control.ApplicationFile;
import cn.tuoyu.facilities.entity.ApplicationAction;
import cn.tuoyu.facilities.entity.FilingApplication;

/**
 * An application with its materials and, for a change, the proposed record; {@code actions}: what the caller may do
 * to it now (upload and submit for its facility's staff while a draft, decide for health staff while pending), so a
 * screen offers exactly those.
 */
public record ApplicationView(UUID id, UUID facilityId, String kind, String status, Instant createdAt,
        Instant submittedAt, Instant decidedAt, String reasons, ProposalView proposed, List<MaterialView> materials,
        Set<ApplicationAction> actions) {

    static ApplicationView of(ApplicationFile file) {
        FilingApplication a = file.application();
        return new ApplicationView(a.id(), a.facilityId(), a.kind().name(), a.status().name(), a.createdAt(),
                a.submittedAt(), a.decidedAt(), a.reasons(), ProposalView.of(file.proposed()),
                file.materials().stream().map(MaterialView::of).toList(), file.actions());
    }
}
