/**
 * What an operator watching a voucher surge needs on {@code /metrics} (Prometheus text, scope {@code application}):
 * request latency and count per endpoint and status ({@code http_server_requests}), the outcome of each step that
 * money or fairness depends on — voucher claims and redemptions, class bookings, waitlist offers answered — by
 * problem type or {@code done} ({@code tuoyu_*}), every problem answered by type and status ({@code problems}),
 * and this instance's database connections by state ({@code db_connections}). Labels carry endpoint templates and
 * problem types only: never an id, a name or anything else of a family.
 */
package cn.tuoyu.platform.metrics;
