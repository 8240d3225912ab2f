package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class VoucherBatchTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final UUID LISTED = UUID.randomUUID();

    static BatchTerms terms(boolean allHourly) {
        return new BatchTerms("冬季体验券", new BigDecimal("2.0"), 5000, 3, 2, 6, 24, allHourly,
                allHourly ? Set.of() : Set.of(LISTED), OPENS, OPENS.plus(Duration.ofDays(7)),
                OPENS.plus(Duration.ofDays(30)), false);
    }

    static VoucherBatch published(boolean allHourly) {
        VoucherBatch batch = new VoucherBatch("320614", terms(allHourly), "staff", OPENS.minusSeconds(60));
        batch.changeStatus(BatchStatus.PUBLISHED);
        return batch;
    }

    @Test
    void aNewBatchIsADraftThatKeepsItsTerms() {
        VoucherBatch batch = new VoucherBatch("320614", terms(true), "staff", OPENS);
        assertEquals(BatchStatus.DRAFT, batch.status());
        assertEquals(terms(true), batch.terms());
        assertEquals(3, batch.remaining());
        assertThrows(BatchNotOpenException.class, () -> batch.checkClaimableAt(OPENS.plusSeconds(1)),
                "a draft is not open for claims");
    }

    @Test
    void claimsAreOpenOnlyInsideTheWindowOfAPublishedBatch() {
        VoucherBatch batch = published(true);
        assertThrows(BatchNotOpenException.class, () -> batch.checkClaimableAt(OPENS.minusMillis(1)));
        batch.checkClaimableAt(OPENS);
        assertThrows(BatchNotOpenException.class, () -> batch.checkClaimableAt(OPENS.plus(Duration.ofDays(7))));
        batch.changeStatus(BatchStatus.PAUSED);
        assertThrows(BatchNotOpenException.class, () -> batch.checkClaimableAt(OPENS.plusSeconds(1)));
    }

    @Test
    void thePublicSeesWhetherAClaimCouldSucceedAndWhyNot() {
        VoucherBatch batch = published(true);
        assertEquals(Availability.NOT_YET_OPEN, batch.availabilityAt(OPENS.minusMillis(1)));
        assertEquals(Availability.OPEN, batch.availabilityAt(OPENS));
        assertEquals(Availability.CLOSED, batch.availabilityAt(OPENS.plus(Duration.ofDays(7))));
        batch.changeStatus(BatchStatus.PAUSED);
        assertEquals(Availability.PAUSED, batch.availabilityAt(OPENS));
        batch.changeStatus(BatchStatus.CLOSED);
        assertEquals(Availability.CLOSED, batch.availabilityAt(OPENS));
        assertEquals(Availability.CLOSED,
                new VoucherBatch("320614", terms(true), "staff", OPENS).availabilityAt(OPENS.plusSeconds(1)));
    }

    @Test
    void statusMovesOnlyAlongItsPath() {
        VoucherBatch batch = published(true);
        batch.checkResizable();
        assertThrows(BatchStatusChangeException.class, () -> batch.changeStatus(BatchStatus.DRAFT));
        batch.changeStatus(BatchStatus.CLOSED);
        assertThrows(BatchStatusChangeException.class, () -> batch.changeStatus(BatchStatus.PUBLISHED));
        assertEquals(BatchStatus.CLOSED, batch.status());
        assertThrows(BatchClosedException.class, batch::checkResizable, "a closed batch keeps its quantity");
    }

    @Test
    void aChildGetsSlotsUpToThePerChildLimit() {
        VoucherBatch batch = published(true);
        assertEquals(1, batch.nextSlot(0));
        assertEquals(2, batch.nextSlot(1));
        assertThrows(ClaimLimitReachedException.class, () -> batch.nextSlot(2));
    }

    @Test
    void aChildIsAdmittedInsideTheDistrictAndAgeBand() {
        VoucherBatch batch = published(true);
        assertTrue(batch.admits("320614", 6));
        assertTrue(batch.admits("320614", 24));
        assertFalse(batch.admits("320614", 5));
        assertFalse(batch.admits("320614", 25));
        assertFalse(batch.admits("320611", 12), "another district's child");
    }

    @Test
    void aBatchForEveryHourlyFacilityIsRedeemedOnlyAtHourlyFacilitiesOfItsDistrict() {
        VoucherBatch every = published(true);
        assertTrue(every.redeemableAt(UUID.randomUUID(), "320614", true));
        assertFalse(every.redeemableAt(UUID.randomUUID(), "320614", false));
        assertFalse(every.redeemableAt(UUID.randomUUID(), "320611", true));
        VoucherBatch listed = published(false);
        assertTrue(listed.redeemableAt(LISTED, "320614", false));
        assertFalse(listed.redeemableAt(UUID.randomUUID(), "320614", true));
    }
}
