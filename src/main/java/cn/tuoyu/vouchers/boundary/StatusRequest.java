package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.NotNull;

import cn.tuoyu.vouchers.entity.BatchStatus;

/** Publish, pause, resume or close a batch. */
public record StatusRequest(@NotNull BatchStatus status) {
}
