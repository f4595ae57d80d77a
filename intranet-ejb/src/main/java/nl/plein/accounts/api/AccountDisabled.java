package nl.plein.accounts.api;

import java.util.UUID;

/**
 * Fired (as a CDI event, within the transaction) when an account is disabled: the person left or
 * may no longer log in. Features hand over what only that person could do, such as administering a
 * group. {@code personId} is null for an account without a profile.
 */
public record AccountDisabled(UUID accountId, UUID personId) {}
