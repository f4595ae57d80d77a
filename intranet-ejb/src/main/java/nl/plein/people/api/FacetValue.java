package nl.plein.people.api;

import java.io.Serializable;

/** One value of a facet: its key (an id, or a tag key), its label and how many hits have it. */
public record FacetValue(String key, String label, long count) implements Serializable {}
