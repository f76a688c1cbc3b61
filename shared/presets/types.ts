import type { MovementInput } from '../domain/movement';

/**
 * A ready-made movement (plan) taken from one of the seed plans (domain.md §5): the user picks it,
 * checks it against the paper plan and saves it as an ordinary movement.
 */
export interface MovementPreset {
  /** Stable code, also stored as the movement's `presetCode`. */
  code: string;
  /** What the user sees in the list of presets. */
  label: string;
  /** One paragraph: forms, periods, quotas and deadlines in plain Vietnamese. */
  description: string;
  /** The seed file (shared/seeds/) the data was read from. */
  seedFile: string;
  movement: MovementInput;
}
