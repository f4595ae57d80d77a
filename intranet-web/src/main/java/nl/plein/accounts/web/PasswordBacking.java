package nl.plein.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.accounts.api.AccountService;
import nl.plein.common.api.ValidationException;
import nl.plein.platform.web.Feedback;

/** {@code /account/password.xhtml}: a person changes their own password. */
@Named
@RequestScoped
public class PasswordBacking {
  @Inject AccountService accounts;
  @Inject Feedback feedback;

  private String currentPassword;
  private String password;
  private String repeatPassword;

  public String change() {
    // Typing the new password twice catches a typo; only the page can know about it.
    if (password != null && !password.equals(repeatPassword)) {
      feedback.report(ValidationException.of("repeatPassword", "error.password.mismatch"));
      return null;
    }
    return feedback.attempt(() -> accounts.changeOwnPassword(currentPassword, password))
        ? feedback.reload("password.changed")
        : null;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
