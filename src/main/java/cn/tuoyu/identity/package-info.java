/**
 * Identity: who is calling. Keycloak (realm {@code childcare}) authenticates people; the app verifies its access
 * tokens with MicroProfile JWT (issuer, audience {@code childcare-api}, the realm's published keys) and reads the
 * realm roles from the {@code groups} claim. Facility staff are bound to one facility by the user attribute
 * {@code facility_id}; health-commission staff to one district by {@code district}.
 */
package cn.tuoyu.identity;
