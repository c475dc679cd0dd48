import { describe, expect, it } from 'vitest';
import { findCharacterSlips } from '../src/input/character-slips.js';
import { slipContext } from '../src/input/check-yaml.js';
import { sectionFileSchema } from '../src/plan/schema.js';
import { PLANS } from './mistakes.js';

/**
 * What Word and Outlook change that means the same, or that the officer meant: said nothing of. The
 * slips themselves are in the mistake corpus (test/mistakes.ts); these are their look-alikes in text.
 */

const context = slipContext(sectionFileSchema);
const GOV = PLANS.westbrook['1-governance.yaml']!;

/** The Westbrook governance section with its "Comments due by 10 July." line replaced. */
const withLine = (line: string) => GOV.replace('Comments due by 10 July.', line);
const said = (text: string) => findCharacterSlips(text, context).map((s) => s.message);

describe("Word's and Outlook's typography that means what it shows", () => {
  it.each([
    ['an en dash in a sentence', 'Pages 3\u20135 of the report \u2013 agreed.'],
    ['an en dash between two words of a narrative', 'A pre\u2013tender meeting was held.'],
    ['a copyright sign that is meant, beside a reference to "3(b)"', 'Rules in section 3(b) published \u00a9 Westbrook Borough Council.'],
    ['a lone copyright sign', '\u00a9 Crown copyright 2015.'],
    ['a euro amount', 'Grant of \u20ac 5,000 received (d) to follow.'],
    ['a tick and a gap, which says the point is done', '\u2713   Register published'],
    ['a bullet and one space, which plan reads as a bullet', '\u2022 Register published'],
    ['a middle dot in a sentence', 'Spend \u00b7 contracts \u00b7 waivers'],
  ])('says nothing of %s', (_name, line) => {
    expect(said(withLine(line))).toEqual([]);
  });

  it('says nothing of an en dash in the text of a status', () => {
    expect(said(GOV.replace('status: Draft circulated', 'status: Draft \u2013 circulated 2015\u201316'))).toEqual([]);
  });
});
