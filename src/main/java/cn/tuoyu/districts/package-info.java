/**
 * Districts: reference data the health commission maintains (code, name, city, population for the per-1,000
 * figures the seeds set as targets, e.g. 千人托位数). Anyone signed in may list them; health staff may correct the
 * population of their own district only (the one place that figure is entered). Another district's population,
 * rules and coverage do not exist for them: 404 {@code other-district}, whether the code exists or not.
 */
package cn.tuoyu.districts;
