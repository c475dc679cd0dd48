import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../src/import/read-docx.js';
import { toPlan } from '../src/import/to-plan.js';
import { ROOT, runPlanInProcess, tempFolders } from './helpers.js';
import { cell, footnotes, para, relationships, row, run, shaded, table, wordFile } from './word-xml.js';

const temp = tempFolders('plan-import-word-');
afterAll(temp.removeAll);

const TITLE = para('Westbrook Plan 2015/16 Q2 Update – Appendix 1', '<w:pStyle w:val="Title"/>');
const HEADER = row('Action', 'Status', 'Narrative');

/** Import with plan's CLI (in this process); returns the run and every written YAML file's text, by name. */
async function importFile(bytes: Uint8Array, args: string[] = []) {
  const root = temp.make();
  writeFileSync(join(root, 'in.docx'), bytes);
  const result = await runPlanInProcess(['import', 'in.docx', '--plans', 'plans', ...args], { cwd: root });
  const dir = join(root, 'plans');
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) files[name] = readFileSync(join(dir, name), 'utf8');
  return { root, result, files, all: Object.values(files).join('\n') };
}

/** The plan in-process: sections as [number, title, action texts]. */
function outline(bytes: Uint8Array) {
  const plan = toPlan(readDocx(bytes), { source: 'x.docx' });
  return { plan, sections: plan.sections.map((s) => [s.number, s.title, s.actions.map((a) => a.action)]) };
}

describe('plan import: nothing is lost without a line saying so', () => {
  const textBox = `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${para('Box words here')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  const ruby =
    '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>kyodo</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>協働</w:t></w:r></w:rubyBase></w:ruby></w:r>';
  const body = [
    TITLE,
    para('1.1 Governance', '<w:pStyle w:val="Heading1"/>'),
    table(
      HEADER,
      row(
        'Run the board',
        cell(para(`${run('On track')}<w:r><w:footnoteReference w:id="1"/></w:r>`)),
        cell(
          para(
            `${run('Met twice.')}${run(' Check with Jane before publishing.', '<w:vanish/>')}<w:del w:id="9" w:author="J"><w:r><w:delText>Old words gone.</w:delText></w:r></w:del>`,
          ),
        ),
      ),
      row(
        'Agree savings',
        cell(para(`${run('Saving of ')}<m:oMath><m:r><m:t>£5,000×2</m:t></m:r></m:oMath>${run(' agreed')}`)),
        cell(table(row('Supplier', 'Amount'), row('Acme', '£2,000'))),
      ),
      row(cell(para(`${ruby}${run(' procurement')}`)), 'Started', cell(para(`${run('See box.')}${textBox}`))),
    ),
    para('Key: R = overdue, A = at risk, G = on track'),
    para('Note: figures are provisional.'),
    '<w:altChunk r:id="rIdChunk"/>',
  ].join('');
  const bytes = wordFile(body, {
    'word/footnotes.xml': footnotes({ 1: 'Board minutes on the intranet.' }),
    'word/_rels/document.xml.rels': relationships({ rIdChunk: ['aFChunk', 'chunk.html'] }),
    'word/chunk.html': '<html><body><p>Pasted from the intranet&nbsp;page</p></body></html>',
  });

  it('keeps footnotes, equations, nested tables, ruby, text boxes, Key/Note paragraphs and altChunk text', async () => {
    const { result, files } = await importFile(bytes);
    const section = files['1.1-governance.yaml']!;
    for (const words of [
      'On track [footnote: Board minutes on the intranet.]',
      'Saving of £5,000×2 agreed',
      'Supplier | Amount',
      'Acme | £2,000',
      '協働 (kyodo) procurement',
      'See box. [text box: Box words here]',
      '# From the document: Key: R = overdue, A = at risk, G = on track',
      '# From the document: Note: figures are provisional.',
      '# From the document: Pasted from the intranet page',
    ])
      expect(section).toContain(words);
    // The nested table is flattened and said so.
    expect(result.stderr).toContain('table 1, row 3: has a table inside a cell');
  });

  it('never imports hidden or deleted text, and lists each as left out with its place', async () => {
    const { result, all } = await importFile(bytes);
    expect(all).not.toContain('Jane');
    expect(all).not.toContain('Old words');
    expect(result.stderr).toContain('left out hidden text in table 1, row 2: "Check with Jane before publishing."');
    expect(result.stderr).toContain('left out deleted text in table 1, row 2: "Old words gone."');
  });
});

/** numbering.xml: list 1 numbers level 0 "3." from 3 and level 1 "3.1" (lvlText "%1.%2"). */
const NUMBERING = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;
const numbered = (level: number) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`;

describe('plan import: hidden by a style', () => {
  it('leaves out text hidden by its character or paragraph style, and lists it', () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="Draft"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const bytes = wordFile(
      [
        TITLE,
        para('1 Governance', '<w:pStyle w:val="Heading1"/>'),
        table(
          HEADER,
          row(
            'Meet',
            cell(para(`${run('Going')}${run(' ask Sam first', '<w:rStyle w:val="Secret"/>')}`)),
            cell(para('Internal only', '<w:pStyle w:val="Draft"/>')),
          ),
        ),
      ].join(''),
      { 'word/styles.xml': styles },
    );
    const { plan } = outline(bytes);
    expect(plan.sections[0]!.actions[0]!.update).toEqual({ status: 'Going' });
    expect(plan.leftOut).toEqual([
      'hidden text in table 1, row 2: "ask Sam first" (hidden in Word; not imported)',
      'hidden text in table 1, row 2: "Internal only" (hidden in Word; not imported)',
    ]);
  });
});

describe('plan import: every action in its section', () => {
  const vStart = '<w:vMerge w:val="restart"/>';
  const vCont = '<w:vMerge/>';
  const body = [
    TITLE,
    // Word draws "3." and "3.1"/"3.2" from numbering.xml; the text has no number, and nothing is bold.
    para('Procurement', `<w:pStyle w:val="Heading1"/>${numbered(0)}`),
    para('Governance', numbered(1)),
    table(HEADER, row('Meet monthly', 'On track', 'Board met.')),
    // A table carried over the page, with no header.
    table(row('Publish minutes', 'Done', 'On the intranet.')),
    para(run('Savings', '<w:u w:val="single"/>'), numbered(1)),
    table(
      // Action and RAG merged down; "Q2 position" merged across Status and Narrative.
      row(cell('Action', vStart), cell('Q2 position', '<w:gridSpan w:val="2"/>'), cell('RAG', vStart)),
      row(cell('', vCont), 'Status', 'Narrative', cell('', vCont)),
      row('Cut costs', 'Going', 'Saved £3k.', 'Amber'),
      row('Action', 'Q2 position Status', 'Narrative (continued)', 'RAG'),
      row('Hold contracts', cell('On hold', vStart), 'Waiting for the board.', 'Red'),
      row('Renew insurance', cell('', vCont), 'Quotes in.', 'Red'),
    ),
    para('Section 3.3: Local suppliers'),
    table(row('Ref', 'Objective', 'Current status', 'Progress update'), row('LS1', 'Hold a supplier day', 'Booked', '40 places.')),
    table(row(cell('Joint working', '<w:gridSpan w:val="3"/>')), HEADER, row('Share a framework', 'Agreed', 'Signed in July.')),
  ].join('');
  const bytes = wordFile(body, { 'word/numbering.xml': NUMBERING });

  it("finds headings by Word's numbering, emphasis, a typed 'Section 3.3:', a merged row, and joins continued tables", () => {
    const { plan, sections } = outline(bytes);
    expect(plan.sections[0]!.comments).toContain('Table 2 has no header row: it was read as more rows of the table above.');
    expect(sections).toEqual([
      ['3.1', 'Governance', ['Meet monthly', 'Publish minutes']],
      ['3.2', 'Savings', ['Cut costs', 'Hold contracts', 'Renew insurance']],
      ['3.3', 'Local suppliers', ['Hold a supplier day']],
      ['3.4', 'Joint working', ['Share a framework']],
    ]);
  });

  it('reads a carried-over table whose first rows read like a header as more rows of the table above', () => {
    const { plan, sections } = outline(
      wordFile(
        [
          para('3.1 Governance'),
          table(HEADER, row('Meet monthly', 'On track', 'Board met.')),
          table(row('Action plan review', 'Status report', 'Progress notes'), row('Publish minutes', 'Done', 'On the intranet.')),
          table(row('Train buyers', 'Done', 'Twelve trained.'), row('Review priorities', 'Status update due', 'Progress comments')),
          // A new header of header words alone, after the table above: a header.
          table(row('Objective', 'Current status', 'Progress update'), row('Share a framework', 'Agreed', 'Signed.')),
          // A new header whose columns are in another order (an owner first): a header, not a row.
          table(row('Task owner', 'Actions agreed by board', 'Progress made so far'), row('J Smith', 'Cut costs', 'Saved 5k.')),
        ].join(''),
      ),
    );
    expect(sections).toEqual([
      [
        '3.1',
        'Governance',
        ['Meet monthly', 'Action plan review', 'Publish minutes', 'Train buyers', 'Review priorities', 'Share a framework', 'Cut costs'],
      ],
    ]);
    expect(plan.sections[0]!.comments).toContain('Table 2 has no header row: it was read as more rows of the table above.');
    expect(plan.sections[0]!.comments).toContain('Table 3 has no header row: it was read as more rows of the table above.');
    expect(plan.sections[0]!.comments.join('\n')).toContain('Table 4\'s columns were read as: "Objective" as action');
  });

  it('finds a plainly typed "3.3 Local Suppliers" with words before its table, and a heading split off into a table of its own', () => {
    const plan = (action: string) => table(HEADER, row(action, 'Going', 'Fine.'));
    const { sections } = outline(
      wordFile(
        [
          TITLE,
          para('3.3 Local Suppliers'),
          para('Progress this quarter is set out below:'),
          plan('Meet the buyers'),
          table(row('3.4 Collaboration')),
          plan('Share frameworks'),
          table(row(cell('Transformation'))),
          plan('Go digital'),
        ].join(''),
      ),
    );
    expect(sections).toEqual([
      ['3.3', 'Local Suppliers', ['Meet the buyers']],
      ['3.4', 'Collaboration', ['Share frameworks']],
      ['3.5', 'Transformation', ['Go digital']],
    ]);
  });

  it('recovers the numbers of headings Word numbers through their styles (Heading 1/2 linked to a multilevel list)', () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num></w:numbering>`;
    const plan = (action: string) => table(HEADER, row(action, 'Going', 'Fine.'));
    const body = [
      TITLE,
      para('Procurement', '<w:pStyle w:val="Heading1"/>'),
      para('Governance', '<w:pStyle w:val="Heading2"/>'),
      plan('Meet'),
      para('Savings', '<w:pStyle w:val="Heading2"/>'),
      plan('Save'),
    ].join('');
    const { sections } = outline(wordFile(body, { 'word/styles.xml': styles, 'word/numbering.xml': numbering }));
    // Level 1 is "III." in roman, but legal numbering (isLgl) writes it 3 in "%1.%2".
    expect(sections).toEqual([
      ['3.1', 'Governance', ['Meet']],
      ['3.2', 'Savings', ['Save']],
    ]);
  });

  it("reads the quarter's column when a table has one for each quarter, and names beside the action as comments", () => {
    const { plan } = outline(
      wordFile(
        [
          TITLE,
          para('1 Governance', '<w:pStyle w:val="Heading1"/>'),
          table(
            row('Action ref', 'Action', 'Action owner', 'Q1 update', 'Q2 update', 'Q3 update', 'Status'),
            row('G1', 'Meet monthly', 'J. Hale', 'Planned.', 'Two meetings held.', '', 'On track'),
          ),
        ].join(''),
      ),
    );
    const action = plan.sections[0]!.actions[0]!;
    expect(action.action).toBe('Meet monthly');
    expect(action.update).toEqual({ status: 'On track', narrative: 'Two meetings held.' });
    expect(action.comments).toEqual(expect.arrayContaining(['Action ref: G1', 'Action owner: J. Hale', 'Q1 update: Planned.']));
  });

  it('writes a comment holding a line break (a header retyped over two lines) as comment lines', async () => {
    const retyped = row('Action', 'Status', cell(para(`${run('Narrative')}<w:r><w:br/></w:r>${run('(continued)')}`)));
    const bytes = wordFile(
      [TITLE, para('1 Governance', '<w:pStyle w:val="Heading1"/>'), table(HEADER, row('A', 'B', 'C.'), retyped, row('D', 'E', 'F.'))].join(
        '',
      ),
    );
    const { files, result } = await importFile(bytes);
    expect(files['1-governance.yaml']).toContain('# table 1, row 3 repeats the header: Action | Status | Narrative\n#   (continued)\n');
    expect(result.stderr).toContain('Next: plan validate --plans plans --quarter Q2 finds nothing to fix');
  });

  it('numbers headings Word numbers itself under their parent: "3 Procurement" then Heading 2s are 3.1, 3.2', () => {
    const plan = (action: string) => table(HEADER, row(action, 'Going', 'Fine.'));
    const { sections } = outline(
      wordFile(
        [
          TITLE,
          para('3 Procurement', '<w:pStyle w:val="Heading1"/>'),
          para('Governance', '<w:pStyle w:val="Heading2"/>'),
          plan('Meet'),
          para('Savings', '<w:pStyle w:val="Heading2"/>'),
          plan('Save'),
          para('Partnerships', '<w:pStyle w:val="Heading1"/>'),
          plan('Share'),
        ].join(''),
      ),
    );
    expect(sections).toEqual([
      ['3.1', 'Governance', ['Meet']],
      ['3.2', 'Savings', ['Save']],
      ['4', 'Partnerships', ['Share']],
    ]);
  });

  it('keeps a heading with no actions under it (a heading over headings) as a comment, and lists it', () => {
    const { plan } = outline(bytes);
    expect(plan.planComments).toContain('A heading with no actions under it: 3 Procurement');
    expect(plan.attention.map((a) => `${a.where}: ${a.message}`)).toContain(
      'section 3 "Procurement": has no table of actions under it; it is kept as a comment in plan.yaml',
    );
  });

  it('takes a short plain line right above the first table as its heading, and a line naming the quarter as the title', () => {
    const first = table(HEADER, row('Meet monthly', 'On track', 'Board met.'));
    const titled = outline(wordFile([para('Westbrook Plan 2015/16 Q2'), para('Governance'), first].join('')));
    expect(titled.plan.title).toBe('Westbrook Plan');
    expect(titled.sections).toEqual([['1', 'Governance', ['Meet monthly']]]);
    const untitled = toPlan(readDocx(wordFile([para('Governance'), first].join(''))), { source: 'x.docx', quarter: 'Q2' });
    expect(untitled.sections.map((s) => s.title)).toEqual(['Governance']);
    // A plain "label: value" line above the table is not a heading.
    const labelled = outline(wordFile([TITLE, para('Governance'), para('Lead: J. Smith'), first].join('')));
    expect(labelled.sections).toEqual([['1', 'Governance', ['Meet monthly']]]);
    // An introduction ending with a colon is not a heading.
    const intro = outline(
      wordFile([TITLE, para('1 Governance', '<w:pStyle w:val="Heading1"/>'), para('Progress this quarter:'), first].join('')),
    );
    expect(intro.sections).toEqual([['1', 'Governance', ['Meet monthly']]]);
  });

  it('reads a two-row merged header and columns by meaning; a cell merged down gives each action its text, listed', () => {
    const { plan } = outline(bytes);
    const [cut, hold, renew] = plan.sections[1]!.actions;
    expect(cut!.update).toEqual({ status: 'Going', narrative: 'Saved £3k.', rag: 'amber' });
    expect(hold!.update.status).toBe('On hold');
    expect(renew!.update).toEqual({ status: 'On hold', narrative: 'Quotes in.', rag: 'red' });
    expect(plan.attention.map((a) => `${a.where}: ${a.message}`)).toContain(
      'table 3, row 6: the "Q2 position Status" cell is merged with the one above (row 5); this action was given its text',
    );
    const supplierDay = plan.sections[2]!.actions[0]!;
    expect(supplierDay.update).toEqual({ status: 'Booked', narrative: '40 places.' });
    expect(supplierDay.comments).toContain('Ref: LS1');
  });

  it('says plan validate will find nothing to fix when that is so', async () => {
    const { root, result } = await importFile(bytes);
    expect((await runPlanInProcess(['validate', '--plans', 'plans', '--quarter', 'Q2'], { cwd: root })).exitCode).toBe(0);
    expect(result.stderr).toContain('Next: plan validate --plans plans --quarter Q2 finds nothing to fix; run plan report');
  });
});

describe('plan import: an honest next step', () => {
  it('counts the problems plan validate finds in what was written, not a fixed text', async () => {
    const bytes = wordFile(
      [
        TITLE,
        para('1 Governance', '<w:pStyle w:val="Heading1"/>'),
        table(HEADER, row('No status yet', '', 'Fine.'), row('Nor this', '', 'Fine.')),
        para('2', '<w:pStyle w:val="Heading1"/>'),
        table(HEADER, row('Numbered only', 'Going', 'Fine.')),
      ].join(''),
    );
    const { root, result } = await importFile(bytes);
    const validate = await runPlanInProcess(['validate', '--plans', 'plans', '--quarter', 'Q2'], { cwd: root });
    const problems = validate.stderr.split('\n').filter((l) => /:\d+:\d+: error:/.test(l)).length;
    expect(problems).toBe(3);
    expect(result.stderr).toContain(
      `Next: plan validate --plans plans --quarter Q2 finds ${problems} problems to fix (all TODOs to fill in); fix them, then run plan report`,
    );
  });
});

describe('plan import: RAG from a cell colour, and symbol fonts', () => {
  it('reads red, amber and green fills (standard, theme and soft colours) by hue, and lists each', () => {
    const bytes = wordFile(
      [
        TITLE,
        para('1 Governance', '<w:pStyle w:val="Heading1"/>'),
        table(
          row('Action', 'Status', 'Narrative', 'RAG'),
          row('Red one', 'Late', '-', shaded('', 'w:fill="FF0000"')),
          row('Amber one', 'Slipping', '-', shaded('', 'w:fill="auto" w:themeFill="accent4"')),
          row('Green one', 'Fine', '-', shaded('', 'w:fill="C6EFCE"')),
          row('Grey one', 'Unknown', '-', shaded('', 'w:fill="D9D9D9"')),
        ),
        para('2 Savings', '<w:pStyle w:val="Heading1"/>'),
        // No RAG column: the shaded Status cell carries the rating.
        table(HEADER, row('Save', shaded('Going well', 'w:themeFill="accent6" w:themeFillTint="99"'), 'Fine.')),
      ].join(''),
    );
    const { plan } = outline(bytes);
    const rags = plan.sections.flatMap((s) => s.actions.map((a) => [a.action, a.update.rag]));
    expect(rags).toEqual([
      ['Red one', 'red'],
      ['Amber one', 'amber'],
      ['Green one', 'green'],
      ['Grey one', undefined],
      ['Save', 'green'],
    ]);
    expect(plan.attention.filter((a) => a.message.includes('taken from the cell colour')).map((a) => a.where)).toEqual([
      'table 1, row 2',
      'table 1, row 3',
      'table 1, row 4',
      'table 2, row 2',
    ]);
  });

  it('reads a RAG shown by a coloured mark, a highlight or coloured status words', () => {
    const dot = (rPr: string) => cell(para(run('●', rPr)));
    const bytes = wordFile(
      [
        TITLE,
        para('1 Governance', '<w:pStyle w:val="Heading1"/>'),
        table(
          row('Action', 'Status', 'Narrative', 'RAG'),
          row('Red dot', 'Late', '-', dot('<w:color w:val="C00000"/>')),
          row('Highlighted', 'Slipping', '-', dot('<w:highlight w:val="yellow"/>')),
          row('Black dot', 'Unknown', '-', dot('')),
        ),
        para('2 Savings', '<w:pStyle w:val="Heading1"/>'),
        table(HEADER, row('Save', cell(para(run('On track', '<w:color w:val="00B050"/>'))), 'Fine.')),
      ].join(''),
    );
    const { plan } = outline(bytes);
    expect(plan.sections.flatMap((s) => s.actions.map((a) => [a.action, a.update.rag]))).toEqual([
      ['Red dot', 'red'],
      ['Highlighted', 'amber'],
      ['Black dot', undefined],
      ['Save', 'green'],
    ]);
    // The mark is kept beside the action, and the black one is listed as not a rating.
    expect(plan.sections[0]!.actions[0]!.comments).toContain('RAG: ●');
    expect(plan.attention.map((a) => `${a.where}: ${a.message}`)).toContain(
      'table 1, row 4: the RAG cell says "●", which is not red, amber or green; it is kept as a comment',
    );
  });

  it('maps Wingdings, Webdings and Symbol characters to Unicode and lists what it cannot map', () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const bytes = wordFile(
      [
        TITLE,
        para('1 Governance', '<w:pStyle w:val="Heading1"/>'),
        table(
          HEADER,
          row(
            'Check the symbols',
            cell(
              para(
                `${sym('Wingdings', 'F0FC')}${run(' done ')}${run('û', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')}${run(' not')}`,
              ),
            ),
            cell(
              para(
                `${run('a', '<w:rFonts w:ascii="Webdings" w:hAnsi="Webdings"/>')}${run(' spend ')}${sym('Symbol', 'F0B3')}${run(' £5k ')}${sym('Wingdings', 'F0E1')}${run('Z', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')}`,
              ),
            ),
          ),
        ),
      ].join(''),
    );
    const { plan } = outline(bytes);
    const action = plan.sections[0]!.actions[0]!;
    expect(action.update.status).toBe('✓ done ✗ not');
    // "Z" typed in Wingdings is not the letter Z: unmapped, it is kept as Word's private-use character and listed.
    expect(action.update.narrative).toBe('✓ spend ≥ £5k \uf0e1\uf05a');
    expect(plan.attention.map((a) => `${a.where}: ${a.message}`)).toEqual(
      expect.arrayContaining([
        'table 1, row 2: a symbol plan cannot turn into a character (U+F0E1); it was kept as it is',
        'table 1, row 2: a symbol plan cannot turn into a character (U+F05A); it was kept as it is',
      ]),
    );
  });
});

describe('plan import: refusals name the way out', () => {
  it('an old .doc names Word\'s and LibreOffice\'s "Save As .docx"', async () => {
    const root = temp.make();
    writeFileSync(join(root, 'in.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const result = await runPlanInProcess(['import', 'in.doc'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('File → Save As → Word Document (.docx)');
    expect(result.stderr).toContain('in LibreOffice File → Save As → Word 2007-365 (.docx)');
  });

  it('an .odt names LibreOffice\'s and Word\'s "Save As .docx"', async () => {
    const root = temp.make();
    writeFileSync(
      join(root, 'in.docx'),
      zipSync({
        mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.text'),
        'content.xml': new TextEncoder().encode('<x/>'),
      }),
    );
    const result = await runPlanInProcess(['import', 'in.docx'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('this is an OpenDocument file (.odt), not a .docx');
    expect(result.stderr).toContain(
      'open it in LibreOffice and use File → Save As → Word 2007-365 (.docx), or in Word File → Save As → Word Document (.docx)',
    );
  });
});

describe('docs/import.md', () => {
  it('runs the commands it shows, on a committed corpus document', async () => {
    const root = temp.make();
    writeFileSync(join(root, 'appendix.docx'), readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', 'pandoc-markdown', 'appendix.docx')));
    const doc = readFileSync(join(ROOT, 'docs', 'import.md'), 'utf8');
    const commands = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
    expect(commands).toEqual(['plan import appendix.docx --plans plans', 'plan validate --plans plans --quarter Q1']);
    for (const command of commands) {
      const result = await runPlanInProcess(command.split(' ').slice(1), { cwd: root });
      expect(result.exitCode, `${command}\n${result.stderr}`).toBe(0);
    }
  });
});
