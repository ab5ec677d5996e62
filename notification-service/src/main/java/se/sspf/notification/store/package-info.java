/** The tables of this service's database: the only place with SQL. */
@NullMarked
package se.sspf.notification.store;

import org.jspecify.annotations.NullMarked;
