/**
 * What waits for the user to sign in again after a 401: a save that was refused is retried
 * once the session is back, with the same edits, instead of dropping the form for /login.
 */
type Waiting = () => void;
const waiting = new Set<Waiting>();

export function retryAfterSignIn(callback: Waiting): () => void {
  waiting.add(callback);
  return () => waiting.delete(callback);
}

export function signedInAgain() {
  const callbacks = [...waiting];
  waiting.clear();
  callbacks.forEach((callback) => callback());
}
