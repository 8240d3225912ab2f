package cn.tuoyu.vouchers.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Apply for (or withdraw from) a lottery batch's draw for the child in the path. */
public record LotteryApplicationRequest(@NotNull UUID batchId) {
}
