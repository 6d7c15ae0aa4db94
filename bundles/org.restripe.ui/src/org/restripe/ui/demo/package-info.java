/**
 * The first-run demo: the demo customer with its Option 3 contract at the desk, and the bundled simulator
 * playing the demo site inside the workbench, so a new engineer can do the whole job with no hardware.
 */
package org.restripe.ui.demo;
