/**
 * The service provider interface through which cngkit examines an implementation of the CNG
 * key functions. This package depends on nothing but the JDK.
 */
package org.cngkit.spi;
