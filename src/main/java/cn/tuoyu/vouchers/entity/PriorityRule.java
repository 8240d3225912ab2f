package cn.tuoyu.vouchers.entity;

/**
 * Which children a district's lottery batches put first: nobody ({@code NONE}, every application tier 1), or those
 * who have had no voucher of the district this calendar year ({@code NO_VOUCHER_THIS_YEAR}: tier 1, others tier 2).
 */
public enum PriorityRule {

    NONE, NO_VOUCHER_THIS_YEAR;

    /** The tier of a child's application, given whether it has had a voucher of the district this calendar year. */
    public int tier(boolean hadVoucherThisYear) {
        return this == NO_VOUCHER_THIS_YEAR && hadVoucherThisYear ? 2 : 1;
    }
}
