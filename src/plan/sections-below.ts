/** The number a section file's "section:" line gives, its parts without leading zeros ("08.1" is "8.1"); none without one. */
function sectionOf(text: string): string | undefined {
  const m = /^section:[ \t]*(["']?)([0-9][0-9.]*)\1[ \t]*(?:#.*)?$/m.exec(text.slice(0, 4096));
  return m
    ? m[2]!
        .split('.')
        .map((part) => String(Number(part)))
        .join('.')
    : undefined;
}

export interface SectionBelow {
  /** The file, from the plans folder: "Q2 as sent/5-climate.yaml". */
  path: string;
  section: string;
}

/** Whether one section holds the other: the same number, or one a part of the other (2 split into 2.1 and 2.2). */
const within = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * Section files in a folder inside the plans folder ("Q2 as sent/5-climate.yaml") whose section the
 * plans folder itself does not hold: plan reads only the files directly in the folder, so such a
 * section would be left out of the report in silence. Sections are known by their "section:" line,
 * not their file's name, so a kept copy of a section that is read ("12.10.15 2-savings.yaml", the
 * section since split into 2.1 and 2.2) is not named, nor a file that is no section at all.
 */
export function sectionsBelow(below: ReadonlyMap<string, string>, read: readonly string[]): SectionBelow[] {
  const held = read.flatMap((text) => sectionOf(text) ?? []);
  return [...below].flatMap(([path, text]) => {
    const section = sectionOf(text);
    return section === undefined || held.some((h) => within(h, section)) ? [] : [{ path, section }];
  });
}
