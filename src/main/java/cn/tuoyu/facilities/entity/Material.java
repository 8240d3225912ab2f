package cn.tuoyu.facilities.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One uploaded filing material, kept in PostgreSQL (bytea): never on the web root, readable by every app instance,
 * and served only as a download to the facility's staff and its district's health staff. Its type was recognised
 * from its content.
 */
@Entity
@Table(name = "facility_materials")
@IdClass(Material.Key.class)
public class Material {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Id
    @Enumerated(EnumType.STRING)
    private MaterialKind kind;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private String sha256;
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Material() {
    }

    public Material(UUID applicationId, MaterialKind kind, FileType type, byte[] content, String sha256,
            Instant now) {
        this.applicationId = Objects.requireNonNull(applicationId);
        this.kind = Objects.requireNonNull(kind);
        this.contentType = type.mediaType();
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    public void replace(FileType type, byte[] newContent, String newSha256, Instant now) {
        this.contentType = type.mediaType();
        this.content = newContent.clone();
        this.sizeBytes = newContent.length;
        this.sha256 = newSha256;
        this.uploadedAt = now;
    }

    public MaterialKind kind() {
        return kind;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** The composite key: one material of each kind per application. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private UUID applicationId;
        private MaterialKind kind;

        public Key() {
        }

        public Key(UUID applicationId, MaterialKind kind) {
            this.applicationId = applicationId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, kind);
        }
    }
}
