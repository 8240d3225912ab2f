package cn.tuoyu.families.entity;

/** How a guardian is related to the child. */
public enum Relation {
    MOTHER, FATHER, GRANDPARENT, OTHER_GUARDIAN
}
