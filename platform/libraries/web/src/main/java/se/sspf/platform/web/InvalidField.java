package se.sspf.platform.web;

/**
 * One entry of a 400's {@code errors}: the field of the body, or the parameter or header, at fault, named as the
 * client sent it ({@code terms.signatures[1].guardianRef}, {@code size}, {@code If-Match}), and what is wrong with it.
 */
record InvalidField(String field, String message) {
}
