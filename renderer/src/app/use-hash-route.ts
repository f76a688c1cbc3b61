import { useSyncExternalStore } from 'react';

/**
 * Navigation by URL hash (`#/don-vi`): works from a file or app:// origin without server routes,
 * and the browser's back/forward buttons work for free.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** `#/don-vi/?x` → `/don-vi`; empty or `#/` → `/`. */
export function pathFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '').split('?')[0] ?? '';
  const path = raw.startsWith('/') ? raw : `/${raw}`;
  return path.length > 1 ? path.replace(/\/+$/, '') : '/';
}

function currentPath(): string {
  return pathFromHash(window.location.hash);
}

/** The current route path; re-renders on every hash change. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath, currentPath);
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

export function navigate(path: string): void {
  window.location.hash = path;
}
