package cn.tuoyu.facilities.entity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The filing materials (瀍政办〔2022〕15号 二(二)2; 西工区实施方案 二(二)2): business licence or legal-person certificate,
 * proof of premises, staff qualification and health certificates, the hygiene evaluation rated 合格, fire-safety
 * acceptance or filing spot-check notice, and the food business licence when meals are served.
 */
public enum MaterialKind {

    BUSINESS_LICENCE("business-licence"), PREMISES_PROOF("premises-proof"), STAFF_CERTIFICATES(
            "staff-certificates"), HYGIENE_EVALUATION(
                    "hygiene-evaluation"), FIRE_SAFETY("fire-safety"), FOOD_LICENCE("food-licence");

    private final String slug;

    MaterialKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<MaterialKind> bySlug(String slug) {
        for (MaterialKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** What a filing application must carry before it can be submitted. */
    public static Set<MaterialKind> requiredForFiling(boolean servesMeals) {
        Set<MaterialKind> required = EnumSet.of(BUSINESS_LICENCE, PREMISES_PROOF, STAFF_CERTIFICATES,
                HYGIENE_EVALUATION, FIRE_SAFETY);
        if (servesMeals) {
            required.add(FOOD_LICENCE);
        }
        return required;
    }
}
