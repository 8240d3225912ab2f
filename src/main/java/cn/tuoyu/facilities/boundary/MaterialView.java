package cn.tuoyu.facilities.boundary;

import java.time.Instant;

import cn.tuoyu.facilities.control.MaterialInfo;

/** An uploaded material: its kind (as in the upload path), recognised type, size and SHA-256. */
public record MaterialView(String kind, String contentType, int sizeBytes, String sha256, Instant uploadedAt) {

    static MaterialView of(MaterialInfo m) {
        return new MaterialView(m.kind().slug(), m.contentType(), m.sizeBytes(), m.sha256(), m.uploadedAt());
    }
}
