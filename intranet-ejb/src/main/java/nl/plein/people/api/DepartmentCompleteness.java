package nl.plein.people.api;

import java.io.Serializable;
import java.util.UUID;

/** The campaign view: per department, how complete its people's profiles are. */
public record DepartmentCompleteness(
    UUID departmentId,
    String departmentName,
    String organisationName,
    long people,
    int averageScore,
    long complete)
    implements Serializable {}
