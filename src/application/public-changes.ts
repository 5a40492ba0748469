/**
 * Committed changes to what the public portal shows of a body (an item published, withdrawn or
 * repealed; a catalogue node renamed), announced in this process so the portal's short-lived page
 * caches drop that body's pages at once. Other app instances do not hear it: their caches keep a
 * page at most their TTL (docs/performance.md, "Portal search and item pages").
 */
export interface PublicChange {
  bodyId: string;
}

type Listener = (change: PublicChange) => void;

const listeners = new Set<Listener>();

/** Listens for changes; returns the function that stops listening. */
export function onPublicChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call after the change has committed: a cache refilled before the commit would keep the old page. */
export function announcePublicChange(change: PublicChange): void {
  for (const listener of listeners) listener(change);
}
