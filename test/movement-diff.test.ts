import { describe, expect, it } from 'vitest';
import { diffQuarters } from '../src/compute/diff.js';
import { computeMovement, movementsSincePrevious } from '../src/compute/movement.js';
import { computePlanFigures, DEFAULT_RAG } from '../src/compute/savings.js';
import type { Action, Plan, Update } from '../src/plan/model.js';

/**
 * Direction of travel and `plan diff`, in process, on small plans whose answers are counted by hand:
 * what counts as a change, what as unchanged, what as new, ended or dropped.
 */

function update(extra: Partial<Update> = {}): Update {
  return { achieved: {}, pending: {}, notes: {}, ...extra };
}

function plain(id: string, updates: Action['updates']): Action {
  return { id, text: [], updates, source: `x.yaml:${id}` };
}

function savings(id: string, amounts: Record<string, number>, updates: Action['updates']): Action {
  return {
    id,
    text: [],
    target: { measure: 'savings', amounts, achievedLabel: 'achieved', pendingLabel: 'pending' },
    updates,
    source: `x.yaml:${id}`,
  };
}

function planOf(...sections: Action[][]): Plan {
  return {
    title: 'T',
    appendix: 'Appendix 1',
    financialYear: { label: '2013/14', startYear: 2013, startMonth: 4 },
    councils: [
      { code: 'AAA', name: 'Aston' },
      { code: 'BBB', name: 'Brent' },
    ],
    sections: sections.map((actions, i) => ({ number: String(i + 1), title: `S${i + 1}`, file: `${i + 1}.yaml`, actions })),
  };
}

describe('the movement of one action', () => {
  it('has none without an update for the later quarter', () => {
    expect(computeMovement(plain('a', { Q1: update({ status: 'x' }) }), 'Q1', 'Q2')).toBeUndefined();
  });

  it('is new without an update for the earlier quarter, with no change counted', () => {
    const move = computeMovement(plain('a', { Q2: update({ status: 'Started', rag: 'amber' }) }), 'Q1', 'Q2');
    expect(move).toEqual({
      previous: 'Q1',
      isNew: true,
      statusTo: 'Started',
      statusChanged: false,
      ragTo: 'amber',
      ragChanged: false,
      figures: [],
    });
  });

  it('does not count a status that differs only in spacing as changed, but does count other words', () => {
    const same = computeMovement(plain('a', { Q1: update({ status: 'On  track ' }), Q2: update({ status: 'On track' }) }), 'Q1', 'Q2')!;
    expect(same).toMatchObject({ isNew: false, statusChanged: false, ragChanged: false, statusFrom: 'On  track ', statusTo: 'On track' });
    const changed = computeMovement(plain('a', { Q1: update({ status: 'On track' }), Q2: update({ status: 'on track' }) }), 'Q1', 'Q2')!;
    expect(changed.statusChanged).toBe(true);
  });

  it('counts a rating that appears as a change, whatever the status says', () => {
    const move = computeMovement(plain('a', { Q1: update({ status: 's' }), Q2: update({ status: 's', rag: 'red' }) }), 'Q1', 'Q2')!;
    expect(move).toMatchObject({ statusChanged: false, ragChanged: true, ragTo: 'red' });
    expect(move.ragFrom).toBeUndefined();
  });

  it('moves each council’s figure, and the combined figure only when there are two or more', () => {
    const two = savings(
      's',
      { AAA: 100, BBB: 50 },
      { Q1: update({ achieved: { AAA: 10, BBB: 5 } }), Q2: update({ achieved: { AAA: 30 } }) },
    );
    const move = computeMovement(two, 'Q1', 'Q2')!;
    expect(move.figures).toEqual([
      { code: 'AAA', from: 10, to: 30, delta: 20 },
      { code: 'BBB', from: 5, to: 0, delta: -5 },
    ]);
    expect(move.combined).toEqual({ code: 'Combined', from: 15, to: 30, delta: 15 });
    const one = savings('s', { AAA: 100 }, { Q1: update({ achieved: {} }), Q2: update({ achieved: { AAA: 7 } }) });
    const single = computeMovement(one, 'Q1', 'Q2')!;
    expect(single.figures).toEqual([{ code: 'AAA', from: 0, to: 7, delta: 7 }]);
    expect(single.combined).toBeUndefined();
  });

  it('prefers the rating derived from the figures, and the status the officer wrote', () => {
    const action = savings(
      's',
      { AAA: 100 },
      {
        Q1: update({ achieved: { AAA: 25 } }),
        Q2: update({ achieved: { AAA: 30 }, status: 'Slow' }),
      },
    );
    const plan = planOf([action]);
    const move = computeMovement(action, 'Q1', 'Q2', computePlanFigures(plan, 'Q1').get('s'), computePlanFigures(plan, 'Q2').get('s'))!;
    // Q1: 25 of 25 expected, on pace. Q2: 30 of 50 expected, 60%: red.
    expect(move).toMatchObject({ statusFrom: 'On track for AAA', statusTo: 'Slow', ragFrom: 'green', ragTo: 'red', ragChanged: true });
  });
});

describe('what moved since the previous quarter', () => {
  const plan = planOf(
    [plain('a', { Q1: update({ status: 'x' }), Q2: update({ status: 'y' }) }), plain('b', { Q2: update({ status: 'new' }) })],
    [plain('c', { Q1: update({ status: 'gone', ended: 'completed' }) })],
  );

  it('is nothing in the first quarter, or when no action has an update for the quarter before', () => {
    expect(movementsSincePrevious(plan, 'Q1', new Map(), DEFAULT_RAG).size).toBe(0);
    expect(movementsSincePrevious(plan, 'Q4', new Map(), DEFAULT_RAG).size).toBe(0);
  });

  it('is every action with an update for the quarter', () => {
    const moves = movementsSincePrevious(plan, 'Q2', new Map(), DEFAULT_RAG);
    expect([...moves.keys()]).toEqual(['a', 'b']);
    expect(moves.get('a')).toMatchObject({ previous: 'Q1', statusChanged: true, statusFrom: 'x', statusTo: 'y' });
    expect(moves.get('b')!.isNew).toBe(true);
  });

  it('compares derived statuses with the figures of the quarter before', () => {
    const s = savings('s', { AAA: 100 }, { Q1: update({ achieved: { AAA: 25 } }), Q2: update({ achieved: { AAA: 40 } }) });
    const withFigures = planOf([s]);
    const moves = movementsSincePrevious(withFigures, 'Q2', computePlanFigures(withFigures, 'Q2'), DEFAULT_RAG);
    // Q1: 25 of 25 expected. Q2: 40 of 50 expected, exactly the amber line.
    expect(moves.get('s')).toMatchObject({
      statusFrom: 'On track for AAA',
      statusTo: 'Q2 target shortfall for AAA',
      ragFrom: 'green',
      ragTo: 'amber',
    });
  });
});

describe('plan diff between two quarters', () => {
  const plan = planOf(
    [
      plain('same', { Q1: update({ status: 'Going' }), Q2: update({ status: 'Going' }) }),
      plain('spaced', { Q1: update({ status: 'Going' }), Q2: update({ status: ' Going ' }) }),
      plain('moved', { Q1: update({ status: 'Going' }), Q2: update({ status: 'Done' }) }),
      plain('rated', { Q1: update({ status: 'Going', rag: 'green' }), Q2: update({ status: 'Going' }) }),
      plain('added', { Q2: update({ status: 'Begun' }) }),
    ],
    [
      plain('finished', { Q1: update({ status: 'Done', ended: 'completed' }) }),
      plain('left', { Q1: update({ status: 'Stalled' }) }),
      plain('later', { Q3: update({ status: 'Not yet' }) }),
      savings(
        'flat',
        { AAA: 1000, BBB: 1000 },
        {
          Q1: update({ achieved: { AAA: 250, BBB: 250 }, status: 'Fine' }),
          Q2: update({ achieved: { AAA: 250, BBB: 250 }, status: 'Fine', rag: 'green' }),
        },
      ),
      savings(
        'up',
        { AAA: 200 },
        {
          Q1: update({ achieved: { AAA: 50 }, status: 'Fine', rag: 'green' }),
          Q2: update({ achieved: { AAA: 101 }, status: 'Fine', rag: 'green' }),
        },
      ),
    ],
  );
  // Computed in each test, not here: Stryker counts code run while tests are collected as static.
  const diff = () => diffQuarters(plan, 'Q1', 'Q2');

  it('counts as unchanged only the actions whose status, rating and figures all stayed put', () => {
    // same, spaced (white space only) and flat (figures equal, green both times): 3.
    expect(diff().unchanged).toBe(3);
    expect(diff().statusChanges.map((c) => c.id)).toEqual(['moved', 'rated']);
    expect(diff().statusChanges[1]).toEqual({ section: '1', id: 'rated', from: 'Going', to: 'Going', ragFrom: 'green', ragTo: null });
    expect(diff().statusChanges[0]).toMatchObject({ from: 'Going', to: 'Done', ragFrom: null, ragTo: null });
  });

  it('lists what was added, what ended and what was dropped', () => {
    expect(diff().added).toEqual([{ section: '1', id: 'added', status: 'Begun' }]);
    expect(diff().ended).toEqual([{ section: '2', id: 'finished', how: 'completed', quarter: 'Q1' }]);
    expect(diff().dropped).toEqual([{ section: '2', id: 'left', status: 'Stalled' }]);
    expect(diff()).toMatchObject({ year: '2013/14', from: 'Q1', to: 'Q2' });
  });

  it('shows the savings of every action with a target, with percentages of each target', () => {
    expect(diff().savings.map((s) => s.id)).toEqual(['flat', 'up']);
    const up = diff().savings[1]!;
    // 50 of 200 is 25%; 101 of 200 is 50.5%, rounded half up to 51%.
    expect(up.councils).toEqual([{ code: 'AAA', from: 50, to: 101, delta: 51, target: 200, percentFrom: '25%', percentTo: '51%' }]);
    expect(up.combined).toBeUndefined();
    expect(diff().savings[0]!.combined).toEqual({ code: 'Combined', from: 500, to: 500, delta: 0, target: 2000 });
    expect(diffQuarters(plan, 'Q1', 'Q2', 1).savings[1]!.councils[0]!.percentTo).toBe('50.5%');
  });

  it('counts an action whose figures moved as changed, though its words did not', () => {
    expect(diff().unchanged).toBe(3); // "up" is not among them
    const again = diffQuarters(planOf([plan.sections[1]!.actions[4]!]), 'Q1', 'Q2');
    expect(again.unchanged).toBe(0);
    expect(again.statusChanges).toEqual([]);
  });

  it('takes a dropped action’s status from its figures when the officer wrote none', () => {
    const quiet = savings('quiet', { AAA: 100 }, { Q1: update({ achieved: { AAA: 0 } }) });
    expect(diffQuarters(planOf([quiet]), 'Q1', 'Q2').dropped).toEqual([
      { section: '1', id: 'quiet', status: 'Q1 target shortfall for AAA' },
    ]);
  });

  it('does not count an ending after the earlier quarter as ended', () => {
    const late = plain('late', { Q1: update({ status: 'a' }), Q2: update({ status: 'b', ended: 'dropped' }) });
    const d = diffQuarters(planOf([late]), 'Q1', 'Q3');
    expect(d.ended).toEqual([]);
    expect(d.dropped).toEqual([{ section: '1', id: 'late', status: 'a' }]);
  });
});
