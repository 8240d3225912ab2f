package cn.tuoyu.families.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A child's identity document number, validated and normalised (trimmed, upper case). Its plain form never leaves
 * the server: use {@link #masked()} for anything shown, logged or exported.
 */
public record IdentityDocument(DocumentKind kind, String number) {

    private static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern BIRTH_CERTIFICATE = Pattern.compile("[A-Z][0-9]{9}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public IdentityDocument {
        if (kind == null || number == null) {
            throw new InvalidIdentityDocumentException("a document kind and number are required");
        }
        if (kind == DocumentKind.RESIDENT_ID) {
            if (!RESIDENT_ID.matcher(number).matches()) {
                throw new InvalidIdentityDocumentException("a resident ID has 17 digits and a check character");
            }
            if (birthDateOf(number).isEmpty()) {
                throw new InvalidIdentityDocumentException("the resident ID holds no valid birth date");
            }
            if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
                throw new InvalidIdentityDocumentException("the resident ID's check character does not match");
            }
        } else if (!BIRTH_CERTIFICATE.matcher(number).matches()) {
            throw new InvalidIdentityDocumentException("a birth certificate number is one letter and nine digits");
        }
    }

    /** Parses what a person typed: surrounding blanks dropped, letters upper-cased. */
    public static IdentityDocument parse(DocumentKind kind, String typed) {
        return new IdentityDocument(kind, typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The GB 11643 check character (ISO 7064 MOD 11-2) for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The birth date a resident ID encodes (characters 7–14). */
    public Optional<LocalDate> birthDate() {
        return kind == DocumentKind.RESIDENT_ID ? birthDateOf(number) : Optional.empty();
    }

    /** The sex a resident ID encodes: its 17th character, odd for male, even for female (GB 11643, 顺序码). */
    public Optional<Sex> sex() {
        if (kind != DocumentKind.RESIDENT_ID) {
            return Optional.empty();
        }
        return Optional.of((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    private static Optional<LocalDate> birthDateOf(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The number as it may be shown ({@link Masking#identityNumber}): a resident ID entirely starred. */
    public String masked() {
        return Masking.identityNumber(number);
    }

    @Override
    public String toString() {
        return kind + " " + masked();
    }
}
