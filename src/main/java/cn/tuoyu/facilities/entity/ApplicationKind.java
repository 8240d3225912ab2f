package cn.tuoyu.facilities.entity;

/** Filing (备案), change of record (信息变更) and deregistration (机构注销) all go through review. */
public enum ApplicationKind {

    FILING, CHANGE, DEREGISTRATION;

    public static final String PATTERN = "FILING|CHANGE|DEREGISTRATION";
}
