package cn.tuoyu.facilities.entity;

/**
 * The conclusion of a facility's 《托幼机构卫生评价报告》 as the reviewer reads it from the uploaded report. A filing
 * is granted only on 合格 (瀍政办〔2022〕15号 二(二)2: 评价为"合格"的《托幼机构卫生评价报告》); the database refuses a
 * filing decision without it.
 */
public enum HygieneEvaluation {

    /** 合格 */
    QUALIFIED,
    /** 不合格 (or 基本合格 and the like: anything short of 合格) */
    NOT_QUALIFIED;

    public static final String PATTERN = "QUALIFIED|NOT_QUALIFIED";

    public boolean permitsFiling() {
        return this == QUALIFIED;
    }
}
