package cn.tuoyu.facilities.control;

import java.time.Instant;

import cn.tuoyu.facilities.entity.MaterialKind;

/** What is known about an uploaded material without loading its content. */
public record MaterialInfo(MaterialKind kind, String contentType, int sizeBytes, String sha256, Instant uploadedAt) {
}
