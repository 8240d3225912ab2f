package cn.tuoyu.facilities.entity;

/** Where a facility is registered (瀍政办〔2022〕15号 二(二)2): 编制部门, 民政部门 or 市场监管部门. */
public enum RegistrationType {

    PUBLIC_NON_PROFIT, PRIVATE_NON_PROFIT, FOR_PROFIT;

    public static final String PATTERN = "PUBLIC_NON_PROFIT|PRIVATE_NON_PROFIT|FOR_PROFIT";
}
