package nl.plein.organisations.api;

import java.io.Serializable;

public record LocationRequest(String name, String street, String postalCode, String city)
    implements Serializable {}
