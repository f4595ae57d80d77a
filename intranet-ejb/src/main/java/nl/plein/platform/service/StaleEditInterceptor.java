package nl.plein.platform.service;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.plein.common.api.ConflictException;

/**
 * Default interceptor of every service (ejb-jar.xml): writes pending changes before the method
 * returns, so that a concurrent edit detected by an entity's version surfaces as the localized
 * {@code error.staleEdit} conflict instead of a failed commit (a 500).
 */
public class StaleEditInterceptor {
  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object flushWithinTheUseCase(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && em.isJoinedToTransaction()) {
      try {
        em.flush();
      } catch (OptimisticLockException e) {
        throw new ConflictException("error.staleEdit");
      }
    }
    return result;
  }
}
