import { entry, group } from './entry.js';

/** "GBC: Greywater Borough Council and OCC: Oakridge City Council". */
const pairs = (list: readonly { code: string; name: string }[]) => {
  const said = list.map((c) => `${c.code}: ${c.name}`);
  return said.length <= 2 ? said.join(' and ') : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
};

export const planFile = group(
  "plan.yaml's settings",
  "Slips in plan.yaml that leave it well formed but put every figure under the wrong name or in the wrong months: councils' names beside each other's codes, a financial year started in January by habit.",
  {
    councilNamesSwapped: entry(
      [
        {
          written: [
            { code: 'GBC', name: 'Oakridge City Council' },
            { code: 'OCC', name: 'Greywater Borough Council' },
          ],
          meant: [
            { code: 'GBC', name: 'Greywater Borough Council' },
            { code: 'OCC', name: 'Oakridge City Council' },
          ],
        },
      ],
      (p: { written: readonly { code: string; name: string }[]; meant: readonly { code: string; name: string }[] }) => {
        const [a, b] = p.written;
        const two = p.written.length === 2 && a !== undefined && b !== undefined;
        return {
          message: two
            ? `the code ${a.code} does not fit the name "${a.name}", nor ${b.code} "${b.name}", while each name fits the other code: the report would show each council's figures under the other's name`
            : `the councils' names are beside the wrong codes (${pairs(p.written)}), while each name fits another of the codes: the report would show the councils' figures under each other's names`,
          hint: `${two ? 'swap the two names' : 'put each name beside its own code'}: write ${pairs(p.meant)}`,
        };
      },
    ),
    councilNameRepeated: entry([{ code: 'PRD', other: 'LNW', name: 'Lanwick Borough Council', line: 8 }], (p) => ({
      message: `${p.code} has the same name as ${p.other} on line ${p.line}, "${p.name}": the report would show ${p.code}'s figures under ${p.other}'s name (a line copied from the one above, and only the code typed over?)`,
      hint: `write ${p.code}'s own name after "${p.code}: "`,
    })),
    yearStartsOnLastDay: entry([{ label: '2049/50', written: '2050-03-31', meant: '2049-04-01', month: 'April' }], (p) => ({
      message: `${p.written} is the last day of the financial year ${p.label}, not its first: the year would start on its last day`,
      hint: `the year ${p.label} starts on 1 ${p.month}: write starts: ${p.meant}`,
      fixed: `starts: ${p.written} (the year's last day) changed to starts: ${p.meant}, its first`,
    })),
    yearStartsInJanuary: entry(
      [{ label: '2034/35', written: '2034-01-01', meant: '2034-04-01', month: 'April', q1: 'April\u2013June' }],
      (p) => ({
        message: `the financial year ${p.label} runs across two calendar years, but starts: ${p.written} starts it in January, so every quarter would cover the wrong months (Q1 would be January\u2013March, and the year would end in December)`,
        hint: `the year ${p.label} starts on 1 ${p.month} (Q1 is ${p.q1}): write starts: ${p.meant}`,
        fixed: `starts: ${p.written} changed to starts: ${p.meant} (1 ${p.month})`,
      }),
    ),
  },
);
