package cn.tuoyu.guidance.entity;

/** A health staff member of a district, as the roster offers them for assignment: Keycloak subject and name. */
public record DistrictStaffMember(String subject, String name) {
}
