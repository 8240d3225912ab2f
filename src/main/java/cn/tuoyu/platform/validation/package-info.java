/**
 * Bean Validation constraints the features share on their request records: {@link PlainText} (no invisible,
 * bidirectional or control characters in text people read) and {@link DateBetween} (dates within what the domain
 * allows, relative to today in China). A violation is a 400 problem naming the field.
 */
package cn.tuoyu.platform.validation;
