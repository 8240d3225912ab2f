package cn.tuoyu.families.entity;

/** How children's identifiers look wherever they leave the server (screens, logs, exports). */
public final class Masking {

    private Masking() {
    }

    /** {@code 410302202401011234} becomes {@code 4103**********1234}; short numbers keep one character each side. */
    public static String identityNumber(String number) {
        int keep = number.length() >= 12 ? 4 : 1;
        if (number.length() <= 2 * keep) {
            return "*".repeat(number.length());
        }
        return number.substring(0, keep) + "*".repeat(number.length() - 2 * keep)
                + number.substring(number.length() - keep);
    }

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
