import type { Quarter } from '../src/plan/quarters.js';

/**
 * Statuses as officers write them, each with the figures it is checked against and the verdict of a
 * careful reader who has the figures in front of them: does the status contradict the figures?
 *
 * The verdicts were written by reading each status as a person would, before the check was run on
 * them; they are not tuned to the check. The pace is straight-line: by the end of Q1 a quarter of the
 * annual target is expected, Q2 half, Q3 three quarters, Q4 all of it. "Behind" in a verdict means
 * behind that pace; "contradiction" means the words say something about the money that the figures
 * show is not so. Where a reader could not be sure what the officer meant, the verdict is "no
 * contradiction": the check must stay quiet then.
 */
export interface StatusCase {
  status: string;
  quarter: Quarter;
  /** Annual target and achieved to date, per council code, in whole pounds. */
  figures: Record<string, readonly [target: number, achieved: number]>;
  contradicts: boolean;
  /** The careful reader's reason. */
  why: string;
  /**
   * A reader sees a claim here, but in words too loose to check ("Progressing as planned" may speak of
   * the work, not the money): the check stays quiet, and this is counted as a contradiction it misses.
   */
  tooLoose?: true;
}

export const COUNCIL_NAMES: Record<string, string> = {
  WBC: 'Westbrook Borough Council',
  NDC: 'Northdale District Council',
  EDC: 'Eastmere District Council',
  CDC: 'Cherwell District Council',
  SNC: 'South Northamptonshire Council',
};

// Figures the cases share, as the officer would type them into the plan. Q2 expects half the target.
/** Q2: WBC ahead, NDC exactly on pace, EDC well behind (a quarter of its target); combined behind. */
const EDC_BEHIND = { WBC: [120000, 61250], NDC: [80000, 40000], EDC: [60000, 15000] } as const;
/** Q2: every council ahead of pace. */
const ALL_AHEAD = { WBC: [120000, 65000], NDC: [80000, 42000], EDC: [60000, 31000] } as const;
/** Q2: every council well behind pace (about a third of the target each). */
const ALL_BEHIND = { WBC: [120000, 40000], NDC: [80000, 27000], EDC: [60000, 20000] } as const;
/** Q2: every council a little behind pace (over 90% of the pace expected). */
const ALL_JUST_BEHIND = { WBC: [120000, 57000], NDC: [80000, 38000], EDC: [60000, 28000] } as const;
/** Q2: WBC and NDC behind, EDC ahead. */
const EDC_ONLY_AHEAD = { WBC: [120000, 50000], NDC: [80000, 30000], EDC: [60000, 40000] } as const;
/** Q2: WBC ahead, NDC and EDC behind. */
const WBC_ONLY_AHEAD = { WBC: [120000, 70000], NDC: [80000, 30000], EDC: [60000, 20000] } as const;
/** Q2: WBC and EDC ahead, NDC behind. */
const NDC_BEHIND = { WBC: [120000, 65000], NDC: [80000, 30000], EDC: [60000, 31000] } as const;
/** Q2: WBC and EDC behind, NDC ahead. */
const WBC_AND_EDC_BEHIND = { WBC: [120000, 50000], NDC: [80000, 42000], EDC: [60000, 15000] } as const;
/** Q2: WBC far ahead, EDC behind, the three together ahead of pace. */
const COMBINED_AHEAD = { WBC: [120000, 80000], NDC: [80000, 45000], EDC: [60000, 20000] } as const;
/** Q1 of the Westbrook plan: WBC a little behind, NDC ahead, EDC at 15% of its target. */
const WESTBROOK_Q1 = { WBC: [120000, 25000], NDC: [80000, 22000], EDC: [60000, 9000] } as const;
/** Q3 of the shipped plan: CDC and SNC both behind pace. */
const SHIPPED_Q3 = { CDC: [75000, 53726], SNC: [50000, 26796] } as const;
/** Q3: both councils ahead of pace, neither has met its annual target. */
const BOTH_AHEAD_Q3 = { CDC: [75000, 60000], SNC: [50000, 40000] } as const;
/** Q3: CDC has met its annual target; SNC is ahead of pace at 80% of it. */
const CDC_MET_Q3 = { CDC: [75000, 76000], SNC: [50000, 40000] } as const;
/** Q3: CDC ahead of pace, SNC behind. */
const SNC_BEHIND_Q3 = { CDC: [75000, 60000], SNC: [50000, 26796] } as const;
/** Q3: CDC behind, SNC ahead. */
const CDC_BEHIND_Q3 = { CDC: [75000, 40000], SNC: [50000, 40000] } as const;

const q2 = (status: string, figures: StatusCase['figures'], contradicts: boolean, why: string): StatusCase => ({
  status,
  quarter: 'Q2',
  figures,
  contradicts,
  why,
});
const q3 = (status: string, figures: StatusCase['figures'], contradicts: boolean, why: string): StatusCase => ({
  status,
  quarter: 'Q3',
  figures,
  contradicts,
  why,
});

export const STATUS_CORPUS: readonly StatusCase[] = [
  // Negated.
  q2('Not on track for EDC', EDC_BEHIND, false, 'EDC is behind, as the status says'),
  q2('EDC not on track', EDC_BEHIND, false, 'EDC is behind, as the status says'),
  q2('No longer on track', EDC_BEHIND, false, 'says something is behind; EDC is'),
  q2('Not yet on track', ALL_BEHIND, false, 'every council is behind'),
  q2('Not behind target for WBC', EDC_BEHIND, false, 'WBC is ahead'),
  q2("EDC isn't on track yet", EDC_BEHIND, false, 'EDC is behind'),
  q2("Hasn't met the Q2 target for EDC", EDC_BEHIND, false, 'EDC is behind'),
  q2("We haven't fallen behind", ALL_AHEAD, false, 'every council is ahead'),
  q2('Never been behind target', ALL_AHEAD, false, 'every council is ahead'),
  q2('Not on track – EDC savings delayed', EDC_BEHIND, false, 'EDC is behind, as the status says'),
  q2('No shortfall for WBC or NDC', EDC_BEHIND, false, 'WBC is ahead and NDC on pace'),
  q2('No longer behind: WBC and NDC have caught up', EDC_BEHIND, false, 'WBC is ahead and NDC on pace'),
  q2('Not on track for EDC', ALL_AHEAD, true, 'says EDC is not on track, but EDC is ahead'),
  q2('Not behind target for WBC', ALL_BEHIND, true, 'says WBC is not behind, but WBC is behind'),
  q2('Not yet on track', ALL_AHEAD, true, 'says it is not on track, but every council is ahead'),
  q2('EDC is not on target', EDC_ONLY_AHEAD, true, 'says EDC is not on target, but EDC is ahead'),

  // Exceptions.
  q2('On track except EDC', EDC_BEHIND, false, 'the exception is the council that is behind'),
  q2('On track apart from EDC', EDC_BEHIND, false, 'the exception is the council that is behind'),
  q2('On track other than EDC, where fleet savings are delayed', EDC_BEHIND, false, 'EDC is the exception'),
  q2('On track for WBC but not EDC', EDC_BEHIND, false, 'WBC is ahead; EDC is behind, as said'),
  q2('On track but not for EDC', EDC_BEHIND, false, 'EDC is the exception'),
  q2('On track excluding EDC', EDC_BEHIND, false, 'EDC is the exception'),
  q2('All on track except for EDC, which is behind', EDC_BEHIND, false, 'as the figures say'),
  q2('On track with the exception of EDC', EDC_BEHIND, false, 'EDC is the exception'),
  q2('Behind target apart from WBC', WBC_ONLY_AHEAD, false, 'NDC and EDC are behind, WBC ahead'),
  q2('On track except EDC', WBC_AND_EDC_BEHIND, true, 'says WBC is on track, but WBC is behind'),
  q2('On track apart from NDC', EDC_BEHIND, true, 'says EDC is on track, but EDC is behind'),

  // Qualified.
  q2('Slightly behind target', ALL_AHEAD, true, 'says behind, but every council is ahead'),
  q2('Slightly behind target', EDC_BEHIND, false, 'EDC is behind'),
  q2('Broadly on track', EDC_BEHIND, false, '"broadly" allows for one council behind'),
  q2('Broadly on track', ALL_JUST_BEHIND, false, 'each council is within a tenth of the pace: broadly on track'),
  q2('Largely on track; EDC slightly behind', EDC_BEHIND, false, 'EDC is behind, as said'),
  q2('Mostly on track', EDC_BEHIND, false, 'two of three are on or ahead of pace'),
  q2('Almost on track', ALL_JUST_BEHIND, false, 'almost on track means a little behind'),
  q2('Nearly at target for NDC', ALL_JUST_BEHIND, false, 'NDC is a little behind'),
  q2('Expected to be on track by Q3', ALL_BEHIND, false, 'a forecast, not a claim about now'),
  q2('Should be back on track next quarter', ALL_BEHIND, false, 'a forecast, not a claim about now'),
  q2('At risk of falling behind', ALL_AHEAD, false, 'a risk, not a claim that it is behind'),
  q2('May fall behind if the fleet contract slips', ALL_AHEAD, false, 'a risk, not a claim that it is behind'),
  q2('EDC at risk', ALL_AHEAD, false, 'a risk, not a claim that it is behind'),
  q2('Expected to exceed target', ALL_BEHIND, false, 'a forecast, not a claim about now'),
  q2('Broadly on track', ALL_BEHIND, true, 'every council is well behind: not broadly on track'),

  // Naming councils, or none.
  q2('On track for WBC and NDC', EDC_BEHIND, false, 'WBC ahead, NDC on pace; EDC is not named'),
  q2('On track for WBC and NDC', NDC_BEHIND, true, 'NDC is behind'),
  q2('WBC and NDC on track; EDC behind', EDC_BEHIND, false, 'as the figures say'),
  q2('WBC and NDC on track; EDC behind', ALL_AHEAD, true, 'says EDC is behind, but EDC is ahead'),
  q2('On track for Westbrook and Northdale', EDC_BEHIND, false, 'Westbrook ahead, Northdale on pace'),
  q2('Eastmere behind target', EDC_BEHIND, false, 'Eastmere (EDC) is behind'),
  q2('Eastmere on track', EDC_BEHIND, true, 'Eastmere (EDC) is behind'),
  q2('On track', EDC_BEHIND, true, 'EDC is behind'),
  q2('On track', ALL_AHEAD, false, 'every council is ahead'),
  q2('Behind target', ALL_AHEAD, true, 'says behind, but every council is ahead'),
  q2('Behind target', EDC_BEHIND, false, 'EDC is behind'),
  q2('On track for all three councils', EDC_BEHIND, true, 'EDC is behind'),
  q2('On track overall', COMBINED_AHEAD, false, 'the three together are ahead of pace'),
  q2('On track overall', EDC_BEHIND, true, 'the three together are behind pace'),
  q2('Combined savings ahead of target', COMBINED_AHEAD, false, 'the three together are ahead'),
  q2('On track. Savings for EDC expected from October', EDC_BEHIND, false, 'the officer explains EDC'),

  // Comparatives.
  { ...q2('Exceeded target for EDC', WESTBROOK_Q1, true, 'EDC is at 15% of its target, behind'), quarter: 'Q1' },
  { ...q2('Exceeded target for NDC', WESTBROOK_Q1, false, 'NDC is ahead of the Q1 pace'), quarter: 'Q1' },
  q2('Ahead of target for WBC', EDC_BEHIND, false, 'WBC is ahead'),
  q2('Ahead of schedule', ALL_BEHIND, true, 'every council is behind'),
  q2('Above target for NDC', NDC_BEHIND, true, 'NDC is behind'),
  q2('Above target for EDC', NDC_BEHIND, false, 'EDC is ahead'),
  q2('Below target for EDC', EDC_BEHIND, false, 'EDC is behind'),
  q2('Short of target for EDC by £15k', EDC_BEHIND, false, 'EDC is behind'),
  q2('Q2 target met for WBC and NDC', EDC_BEHIND, false, 'WBC ahead, NDC exactly on pace'),
  q2('Achieved target', ALL_BEHIND, true, 'every council is behind'),
  q2('Behind target for EDC', EDC_ONLY_AHEAD, true, 'EDC is the one council ahead'),
  q2('EDC has now exceeded its Q2 target', EDC_ONLY_AHEAD, false, 'EDC is ahead'),
  q3('Annual target met for CDC', CDC_MET_Q3, false, 'CDC has achieved more than its target'),
  q3('Annual target met', CDC_MET_Q3, true, 'SNC has not yet achieved its annual target'),
  q3('Annual target achieved for SNC', CDC_MET_Q3, true, 'SNC is at 80% of its annual target'),

  // Not about the money, or reporting it without judging it.
  q2('£15,000 achieved so far for EDC', EDC_BEHIND, false, 'a figure, not a judgement'),
  q2('Met with suppliers in May; tender issued', ALL_BEHIND, false, 'a meeting, not a target'),
  q2('Tender delayed to October', ALL_AHEAD, false, 'the tender is late; the savings are not said to be'),
  q2('Ongoing', EDC_BEHIND, false, 'says nothing about the money'),
  q2('Head of Procurement reviewing the contract register', EDC_BEHIND, false, 'says nothing about the money'),
  q3('Put back to 14/15', SHIPPED_Q3, false, 'says nothing about the money'),
  q3('Final figures to be agreed', SHIPPED_Q3, false, 'says nothing about the money'),

  // More than one clause.
  q2('Behind in Q1, now back on track', ALL_AHEAD, false, 'Q1 is past; every council is ahead now'),
  q2('Behind in Q1, now back on track', EDC_BEHIND, true, 'says back on track, but EDC is behind'),
  q2('On track for WBC and NDC and behind for EDC', EDC_BEHIND, false, 'as the figures say'),
  q2('On track for WBC and NDC and behind for EDC', NDC_BEHIND, true, 'NDC is behind'),
  q2('WBC ahead; NDC on target. EDC below profile – fleet savings from October', EDC_BEHIND, false, 'as the figures say'),
  q2('WBC ahead; NDC on target. EDC below profile – fleet savings from October', NDC_BEHIND, true, 'NDC is behind'),
  q2('On track for WBC, NDC and EDC', EDC_BEHIND, true, 'EDC is behind'),
  q2('WBC, NDC and EDC all behind target', ALL_BEHIND, false, 'as the figures say'),

  // Typing slips.
  q2('On trak for WBC and NDC', EDC_BEHIND, false, 'WBC ahead, NDC on pace'),
  q2('On track for WBC adn NDC', EDC_BEHIND, false, 'WBC ahead, NDC on pace'),
  q2('Behnd target for EDC', EDC_BEHIND, false, 'EDC is behind'),
  q2('On track for WBC and NCD', EDC_BEHIND, false, 'WBC ahead, NDC on pace'),
  q2('On track for WBC and NCD', NDC_BEHIND, true, 'NCD is NDC mistyped, and NDC is behind'),
  q2('On trak', EDC_BEHIND, true, 'EDC is behind'),
  q2('on track for edc', EDC_BEHIND, true, 'EDC is behind'),
  q2('Not  on track for EDC', EDC_BEHIND, false, 'EDC is behind'),

  // British council phrasing.
  q3('Q3 target shortfall for CDC and SNC', SHIPPED_Q3, false, 'both are behind'),
  q3('Q3 target shortfall for CDC and SNC', BOTH_AHEAD_Q3, true, 'both are ahead'),
  q3('On track for Cherwell; South Northants behind', SNC_BEHIND_Q3, false, 'as the figures say'),
  q3('Cherwell DC on target, SNC below profile', SNC_BEHIND_Q3, false, 'as the figures say'),
  q3('Cherwell on track', CDC_BEHIND_Q3, true, 'Cherwell (CDC) is behind'),
  q3('Both councils on target', SNC_BEHIND_Q3, true, 'SNC is behind'),
  q3('On target for Q3 for both authorities', BOTH_AHEAD_Q3, false, 'both are ahead'),
  q3('Slippage on the Cherwell element; SNC on track', CDC_BEHIND_Q3, false, 'as the figures say'),
  q3('Work progressing; awaiting sign-off from SNC', SHIPPED_Q3, false, 'says nothing about the money'),
  q3('Q3 target not met for SNC', SNC_BEHIND_Q3, false, 'SNC is behind'),
  q3('Savings profiled to year end; on target across the partnership', BOTH_AHEAD_Q3, false, 'both are ahead'),
  q3('Onward going', SHIPPED_Q3, false, 'says nothing about the money'),
  // Written after the check, as a fresh sample of how officers write, and run once; the verdicts
  // are a reader's, whatever the check said of them.
  q2('On course for WBC; NDC and EDC lagging', EDC_BEHIND, false, 'WBC ahead; EDC is behind'),
  q2('Savings on target for all partners', ALL_AHEAD, false, 'every council is ahead'),
  q2('Savings on target for all partners', WBC_AND_EDC_BEHIND, true, 'WBC and EDC are behind'),
  q2('Running behind profile at EDC', EDC_BEHIND, false, 'EDC is behind'),
  q2('Running behind profile at EDC', EDC_ONLY_AHEAD, true, 'EDC is ahead'),
  q2('Ahead of forecast', ALL_BEHIND, true, 'every council is behind'),
  { ...q2('Performing well against target', ALL_BEHIND, true, 'every council is well behind'), tooLoose: true },
  q2('Good progress; on track to deliver the annual target', EDC_BEHIND, true, 'EDC is behind'),
  q2('Target is unlikely to be met', ALL_AHEAD, false, 'a forecast, not a claim about now'),
  q2('Well ahead for WBC, EDC catching up', EDC_BEHIND, false, 'WBC is ahead; EDC behind, as "catching up" says'),
  q2('Short of the Q2 profile for NDC', NDC_BEHIND, false, 'NDC is behind'),
  q2('Currently not meeting target', ALL_AHEAD, true, 'says it is short, but every council is ahead'),
  { ...q2('Doing better than expected', ALL_BEHIND, true, 'every council is well behind'), tooLoose: true },
  { ...q2('Progressing as planned', ALL_BEHIND, true, 'every council is well behind'), tooLoose: true },
  q2('All councils have not met target', ALL_BEHIND, false, 'every council is behind'),
  q2("EDC's figures aren't on track", EDC_BEHIND, false, 'EDC is behind'),
  q2('Not on target for EDC or NDC', NDC_BEHIND, false, 'NDC is behind'),
  q2('Behind target at NDC; other councils on track', NDC_BEHIND, false, 'as the figures say'),
  q2('Behind target at NDC; other councils on track', EDC_BEHIND, true, 'NDC is on pace and EDC behind'),
  q2('Savings delivered ahead of schedule at Northdale', NDC_BEHIND, true, 'Northdale (NDC) is behind'),
  q3('Cherwell achieved its Q3 target', CDC_BEHIND_Q3, true, 'Cherwell (CDC) is behind'),
  q3('SNC exceeded its Q3 target; CDC slipping', CDC_BEHIND_Q3, false, 'as the figures say'),
  q2('Not quite on track', ALL_AHEAD, true, 'says a little behind, but every council is ahead'),
  q2('On track, though EDC needs watching', EDC_BEHIND, false, 'the officer points at EDC'),
  q2('on track for WBC & NDC', NDC_BEHIND, true, 'NDC is behind'),
  q2('WBC/NDC on track', NDC_BEHIND, true, 'NDC is behind'),
  q2('On-track', EDC_BEHIND, true, 'EDC is behind'),
  q2('EDC: behind target due to delayed fleet contract', EDC_BEHIND, false, 'EDC is behind'),
  q2('EDC: behind target due to delayed fleet contract', ALL_AHEAD, true, 'EDC is ahead'),
  q2('No issues – on track', EDC_BEHIND, true, 'EDC is behind'),
  q2('No change since Q1: on track', ALL_AHEAD, false, 'every council is ahead'),
  q2('No change since Q1: on track', EDC_BEHIND, true, 'EDC is behind'),
  q2('Achieved £40k against the £60k target for EDC', EDC_ONLY_AHEAD, false, 'a figure, not a judgement'),
  q2('Target not yet achieved', EDC_BEHIND, false, 'EDC is behind'),
  // Traps found by reading the check's own rules for ways they could misread: words that look like a
  // claim and are not one, or not about the money now; typed in Word (curly apostrophes) or without
  // the apostrophe.
  q2('Approval to go ahead', EDC_BEHIND, false, 'a go-ahead, not a claim about the money'),
  q2('Challenging months ahead', EDC_BEHIND, false, 'the future, not a claim about the money'),
  q2('Leave no one behind: social value clauses in every contract', ALL_AHEAD, false, 'a slogan, not the money'),
  q2('Funding shortfall at EDC delays the fleet review', EDC_ONLY_AHEAD, false, 'a funding gap, not the savings'),
  q2('Team short of staff until September', ALL_AHEAD, false, 'staffing, not the savings'),
  q2('Missed the target date for the tender', ALL_AHEAD, false, 'a date, not the savings'),
  q2('Focus on target sectors agreed with WBC', EDC_BEHIND, false, 'sectors, not the savings'),
  q2('Reached agreement on targets with NDC', NDC_BEHIND, false, 'an agreement, not the savings'),
  q2('Suppliers checked on track record and price', EDC_BEHIND, false, 'track record, not the savings'),
  q2('Delivered under the new framework plan', ALL_AHEAD, false, 'how it was bought, not the savings'),
  q2('Savings below target last year, now on track', ALL_AHEAD, false, 'last year is past; every council is ahead now'),
  q2('Slight shortfall expected', ALL_AHEAD, false, 'a forecast, not a claim about now'),
  q2('On track subject to EDC sign-off', EDC_BEHIND, false, 'conditional on EDC'),
  q2('On track except where noted', EDC_BEHIND, false, 'the note may well be about EDC'),
  q2('On track (EDC behind)', EDC_BEHIND, false, 'as the figures say'),
  q2('Behind target due to late invoicing; actual savings on track', ALL_AHEAD, false, 'the status argues with itself'),
  q2('WBC’s savings on track', EDC_BEHIND, false, 'WBC is ahead'),
  q2('EDC isn’t on track', EDC_BEHIND, false, 'EDC is behind'),
  q2('EDC isnt on track', EDC_BEHIND, false, 'EDC is behind'),
  q2('Neither WBC nor NDC on track', ALL_BEHIND, false, 'both are behind'),
  q2('Neither WBC nor NDC on track', ALL_AHEAD, true, 'says neither is on track, but both are ahead'),
  q2('None of the councils on track yet', ALL_BEHIND, false, 'every council is behind'),
  q2('None of the councils on track yet', ALL_AHEAD, true, 'says none is on track, but every council is ahead'),
  q2('EDC isn’t on track', EDC_ONLY_AHEAD, true, 'says EDC is not on track, but EDC is ahead'),
];
