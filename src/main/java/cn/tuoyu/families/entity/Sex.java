package cn.tuoyu.families.entity;

public enum Sex {
    FEMALE, MALE
}
