package nl.plein.people.api;

import java.io.Serializable;
import java.util.UUID;

public record ExpertiseTagSummary(UUID id, String name, long people) implements Serializable {}
