import type { Handlers } from '../../shared/contract';
import type { Services } from '../core/services';

/** One line per contract method, no logic: a missing or mistyped method is a compile error. */
export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.app.info(),
    'settings.get': () => s.settings.get(),
    'settings.update': (input) => s.settings.update(input),
    'units.list': (input) => s.units.list(input),
    'units.get': ({ id }) => s.units.get(id),
    'units.create': (input) => s.units.create(input),
    'units.update': (input) => s.units.update(input),
    'units.delete': ({ id }) => s.units.delete(id),
    'unitKinds.list': () => s.units.kinds(),
  } satisfies Handlers;
}
