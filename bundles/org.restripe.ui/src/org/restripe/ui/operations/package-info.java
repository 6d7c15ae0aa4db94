/** Operations in the workbench: sessions, runs, recordings and a site's configuration history. */
package org.restripe.ui.operations;
