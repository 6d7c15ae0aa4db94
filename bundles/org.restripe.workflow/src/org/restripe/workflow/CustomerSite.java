package org.restripe.workflow;

/** A site the desk knows under a customer, and where it is (null when no location was given). */
public record CustomerSite(String customerId, String name, String location) {
}
