/**
 * The rules of the service, in plain Java. Null-marked: a value is never null unless its type says
 * {@code @Nullable}.
 */
@NullMarked
package se.sspf.consent.domain;

import org.jspecify.annotations.NullMarked;
