import type { Action } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import { type Direction, direction } from './measures.js';

/** The measures of an action that moved between two quarters: what `plan diff` lists under "Measures". Pure. */

export interface MeasureMove {
  /** The measure's id (the action's is `id`). */
  measure: string;
  name: string;
  unit: string;
  better: 'higher' | 'lower';
  councils: Array<{ code: string; from: number; to: number; direction: Direction }>;
}

export function measureMoves(action: Action, from: Quarter, to: Quarter): MeasureMove[] {
  const before = action.updates[from]?.measures ?? {};
  const after = action.updates[to]?.measures ?? {};
  return (action.measures ?? []).flatMap((m) => {
    const councils = Object.entries(after[m.id] ?? {}).flatMap(([code, v]) => {
      const was = before[m.id]?.[code];
      if (!was || was.value === v.value) return [];
      return [{ code, from: was.value, to: v.value, direction: direction(v.value, was.value, m.better) }];
    });
    return councils.length > 0 ? [{ measure: m.id, name: m.name, unit: m.unit, better: m.better, councils }] : [];
  });
}
