/** The business desk in the workbench: customers, sites, contracts and the requests queue. */
package org.restripe.ui.desk;
