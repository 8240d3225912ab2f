package cn.tuoyu.facilities.entity;

import java.util.Arrays;
import java.util.Optional;

/** The file types accepted as materials, recognised by their content (magic bytes), never by name or header alone. */
public enum FileType {

    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}), JPEG("image/jpeg",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}), PNG("image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the content actually is, if it is one we accept. */
    public static Optional<FileType> of(byte[] content) {
        for (FileType type : values()) {
            if (content != null && content.length >= type.magic.length
                    && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<FileType> byMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }
}
