package cn.tuoyu.platform.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A {@code text[]} column as a list of strings: written as a {@code String[]} (PostgreSQL's driver binds it as an
 * array), read from the driver's {@link Array}; SQL NULL reads as the empty list. Never writes NULL: the empty list is
 * written as an empty array, as a NULL bound without an array type would not be accepted for the column.
 */
@Converter
public class TextArrayConverter implements AttributeConverter<List<String>, Object> {

    @Override
    public Object convertToDatabaseColumn(List<String> values) {
        return values == null ? new String[0] : values.toArray(new String[0]);
    }

    @Override
    public List<String> convertToEntityAttribute(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            Object elements = value instanceof Array array ? array.getArray() : value;
            return Collections.unmodifiableList(Arrays.asList((String[]) elements));
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }
}
