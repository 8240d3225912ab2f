package cn.tuoyu.vouchers.control;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * Tells the guardians of a voucher's child what became of it, in the transaction of the change (the notifications
 * outbox): the batch by name, the child by its masked name (the families feature's answer; an erased child has
 * nobody to tell), the facility by name.
 */
@ApplicationScoped
class FamilyNotices {

    @Inject
    ChildDirectory children;

    @Inject
    Notifications notifications;

    /** {@code more} adds {@code facility} or {@code deadline} to the batch and the child. */
    void aboutVoucher(UUID childId, VoucherBatch batch, NoticeKind kind, String eventKey, Map<String, String> more) {
        children.facts(childId).ifPresent(child -> {
            Map<String, String> params = new HashMap<>(more);
            params.put("child", child.maskedName());
            params.put("batch", batch.name());
            notifications.tell(new Notice(Recipients.people(children.guardiansOf(childId)), kind,
                    eventKey, params, "/vouchers", false, null, batch.districtCode(), childId));
        });
    }

    /**
     * A lottery's result for an application's child: {@code more} adds {@code deadline} (China time) or
     * {@code position}; essential with the offer's deadline when it offers a place.
     */
    void aboutLottery(UUID childId, VoucherBatch batch, NoticeKind kind, String eventKey, Map<String, String> more,
            boolean essential, java.time.Instant deadline) {
        children.facts(childId).ifPresent(child -> {
            Map<String, String> params = new HashMap<>(more);
            params.put("child", child.maskedName());
            params.put("batch", batch.name());
            notifications.tell(new Notice(Recipients.people(children.guardiansOf(childId)), kind, eventKey, params,
                    "/vouchers", essential, deadline, batch.districtCode(), childId));
        });
    }
}
