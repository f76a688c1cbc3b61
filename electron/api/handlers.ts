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
    'legalRegimes.list': () => s.catalog.legalRegimes(),
    'votingRules.list': () => s.catalog.votingRules(),
    'awardForms.list': () => s.catalog.awardForms(),
    'awardForms.create': (input) => s.catalog.saveAwardForm(input, 'create'),
    'awardForms.update': (input) => s.catalog.saveAwardForm(input, 'update'),
    'baseSalary.list': () => s.catalog.baseSalaryRates(),
    'movements.list': () => s.movements.list(),
    'movements.get': ({ id }) => s.movements.get(id),
    'movements.create': (input) => s.movements.create(input),
    'movements.update': ({ id, ...input }) => s.movements.update(id, input),
    'movements.delete': ({ id }) => s.movements.delete(id),
    'movements.presets': () => s.movements.presets(),
    'movements.createFromPreset': ({ presetCode }) => s.movements.createFromPreset(presetCode),
    'nominations.list': ({ movementId }) => s.nominations.list(movementId),
    'nominations.create': (input) => s.nominations.create(input),
    'nominations.setSelected': ({ id, selected }) => s.nominations.setSelected(id, selected),
    'nominations.delete': ({ id }) => s.nominations.delete(id),
    'demo.status': () => ({ available: s.demo.available() }),
    'demo.load': () => s.demo.load(),
    'quotas.board': ({ movementId }) => s.movements.board(movementId),
  } satisfies Handlers;
}
