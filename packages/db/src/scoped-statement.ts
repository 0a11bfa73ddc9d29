import { databaseErrorKind } from "./error-kind.ts";
import { RequestAbortedError } from "./errors.ts";
import { currentRequestScope, requestScopeAbortReason, throwIfRequestAborted } from "./request-scope.ts";

/**
 * Runs one statement for the current request scope: not at all once the request is aborted,
 * and when it fails because the request was aborted meanwhile (its statement cancelled on the
 * server, its wait given up), reports that as RequestAbortedError, with the driver's error as
 * cause. Other failures — bugs — stay as they are.
 */
export async function runScopedStatement<T>(run: () => Promise<T>): Promise<T> {
  const scope = currentRequestScope();
  throwIfRequestAborted(scope);
  try {
    return await run();
  } catch (error) {
    const reason = requestScopeAbortReason(scope);
    if (reason && !(error instanceof RequestAbortedError) && databaseErrorKind(error) !== null) {
      throw new RequestAbortedError(reason, error);
    }
    throw error;
  }
}
