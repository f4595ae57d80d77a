package nl.plein.organisations.api;

import java.io.Serializable;
import java.util.UUID;

public record DepartmentRequest(String name, UUID parentId) implements Serializable {}
