/**
 * Preferences > Restripe > Database: which database the workbench opens (embedded in the data directory, a
 * Derby Network Server or PostgreSQL), its user (a preference) and password (Eclipse secure storage only),
 * and the data directory used when no -data is given.
 */
package org.restripe.ui.database;
