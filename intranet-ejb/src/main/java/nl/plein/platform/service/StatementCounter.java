package nl.plein.platform.service;

import nl.plein.platform.api.SqlStatements;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Hibernate's hook on every SQL statement: counts it for {@link SqlStatements}, changes nothing. */
public class StatementCounter implements StatementInspector {
  private static final long serialVersionUID = 1L;

  @Override
  public String inspect(String sql) {
    SqlStatements.counted();
    return sql;
  }
}
