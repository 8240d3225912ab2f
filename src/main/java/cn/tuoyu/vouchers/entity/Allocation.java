package cn.tuoyu.vouchers.entity;

/**
 * How a batch's vouchers go to children: the first to claim ({@code FIRST_COME}), or by a verifiable draw among the
 * children who applied in a window ({@code LOTTERY}, see {@link DrawOrder}).
 */
public enum Allocation {

    FIRST_COME, LOTTERY
}
