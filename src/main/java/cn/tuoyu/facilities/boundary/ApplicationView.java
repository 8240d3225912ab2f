package cn.tuoyu.facilities.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.facilities.control.ApplicationFile;
import cn.tuoyu.facilities.entity.FilingApplication;

/** An application with its materials and, for a change, the proposed record. */
public record ApplicationView(UUID id, UUID facilityId, String kind, String status, Instant createdAt,
        Instant submittedAt, Instant decidedAt, String reasons, ProposalView proposed, List<MaterialView> materials) {

    static ApplicationView of(ApplicationFile file) {
        FilingApplication a = file.application();
        return new ApplicationView(a.id(), a.facilityId(), a.kind().name(), a.status().name(), a.createdAt(),
                a.submittedAt(), a.decidedAt(), a.reasons(), ProposalView.of(file.proposed()),
                file.materials().stream().map(MaterialView::of).toList());
    }
}
