package cn.tuoyu.families.entity;

/** How children's identifiers look wherever they leave the server (screens, logs, exports). */
public final class Masking {

    private Masking() {
    }

    /**
     * A resident ID (18 characters) shows none of its characters: {@code 410302202401011234} becomes 18 stars. Its
     * first 14 characters restate region and birth date, which answers carry anyway, and its last four (sequence,
     * whose last digit is the sex, and the GB 11643 check character) are exactly what would complete it: with the
     * birth date known to the day they rebuild it, and even with only the age in months the check character leaves
     * about three candidates (see the table in {@code cn.tuoyu.families}). Shorter numbers (birth-medical-certificate
     * numbers, which no other field restates) keep one character each side: {@code Z********1}.
     */
    public static String identityNumber(String number) {
        if (number.length() >= RESIDENT_ID_LENGTH || number.length() <= 2) {
            return "*".repeat(number.length());
        }
        return number.charAt(0) + "*".repeat(number.length() - 2) + number.charAt(number.length() - 1);
    }

    private static final int RESIDENT_ID_LENGTH = 18;

    /** {@code 王小明} becomes {@code 王*明}, {@code 李四} becomes {@code 李*}: the family name stays. */
    public static String name(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return masked.append('*').toString();
        }
        return masked.append("*".repeat(cps.length - 2)).appendCodePoint(cps[cps.length - 1]).toString();
    }
}
