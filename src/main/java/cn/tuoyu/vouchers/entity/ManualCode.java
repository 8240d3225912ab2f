package cn.tuoyu.vouchers.entity;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The short code a parent reads out when scanning fails: 12 random digits and a Damm check digit, shown in groups
 * ({@code 1234-5678-9012-3}). The check digit catches every single-digit mistake and every swap of neighbours
 * before the server is asked.
 */
public record ManualCode(String digits) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    public ManualCode {
        if (digits == null || !digits.matches("[0-9]{13}") || checkDigit(digits.substring(0, 12)) != digits.charAt(12)
                - '0') {
            throw new IllegalArgumentException("not a valid manual code");
        }
    }

    public static ManualCode random() {
        StringBuilder body = new StringBuilder(13);
        for (int i = 0; i < 12; i++) {
            body.append(RANDOM.nextInt(10));
        }
        return new ManualCode(body.append(checkDigit(body)).toString());
    }

    /** Reads what a person typed: spaces and dashes are ignored; empty when it is not a valid code. */
    public static Optional<ManualCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{13}") || checkDigit(digits.substring(0, 12)) != digits.charAt(12) - '0') {
            return Optional.empty();
        }
        return Optional.of(new ManualCode(digits));
    }

    static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    /** As shown to people: {@code 1234-5678-9012-3}. */
    public String display() {
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                + digits.substring(12);
    }
}
