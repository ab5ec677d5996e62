package se.sspf.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose instances are one agency's record about a youth: another agency sees it only while a
 * valid consent covers both agencies and its category. A store hands such a record out only sealed, for the
 * consent gate to open (the services' architecture tests check this).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AgencyRecord {
}
