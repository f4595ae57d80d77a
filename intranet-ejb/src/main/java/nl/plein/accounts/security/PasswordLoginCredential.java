package nl.plein.accounts.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A user name and password typed on the login page, with the client address for throttling. */
public class PasswordLoginCredential extends UsernamePasswordCredential {
  private final String remoteAddress;

  public PasswordLoginCredential(String username, String password, String remoteAddress) {
    super(username, password);
    this.remoteAddress = remoteAddress;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }
}
