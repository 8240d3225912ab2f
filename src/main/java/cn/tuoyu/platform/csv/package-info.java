/**
 * CSV exports (settlement statements, the home-visit roster): one writer, {@link cn.tuoyu.platform.csv.CsvTable}, so
 * that every export opens in Excel with Chinese text intact and no cell runs as a formula (OWASP, "CSV Injection").
 */
package cn.tuoyu.platform.csv;
