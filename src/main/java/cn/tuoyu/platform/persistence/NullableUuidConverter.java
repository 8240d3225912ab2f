package cn.tuoyu.platform.persistence;

import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A nullable {@code uuid} column. EclipseLink 4.0's own UUID conversion fails on SQL NULL; handing the driver's value
 * through as it is (PostgreSQL's driver reads and binds {@link UUID} natively) avoids that conversion.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        return uuid;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        return value == null ? null : value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }
}
