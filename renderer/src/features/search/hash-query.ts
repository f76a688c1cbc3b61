/**
 * One parameter of the address after `?` (`#/ho-so/tim-kiem?q=thuy`). The router ignores this
 * part, so a screen can keep its state there: it survives a reload and “Back” from a link.
 */
export function hashParam(name: string, hash: string = window.location.hash): string | null {
  const at = hash.indexOf('?');
  return at < 0 ? null : new URLSearchParams(hash.slice(at + 1)).get(name);
}

/** Sets (or, with null/'', removes) one parameter in place: no history entry, no re-routing. */
export function replaceHashParam(name: string, value: string | null): void {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  if (value === null || value === '') params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  window.history.replaceState(window.history.state, '', `${path}${query ? `?${query}` : ''}`);
}

/** A positive integer parameter, or null when absent or unreadable. */
export function hashIdParam(name: string): number | null {
  const text = hashParam(name);
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}
