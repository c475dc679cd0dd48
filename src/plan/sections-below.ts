/** The section number a file's name starts with: "8.2" of "8.2-savings.yaml". */
const sectionNumber = (name: string): string | undefined => /^(\d+(?:\.\d+)*)[-_ ]/.exec(name)?.[1];

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export interface SectionBelow {
  /** The file, from the plans folder: "Q2 as sent/5-climate.yaml". */
  path: string;
  /** Its section number, when its name starts with one. */
  section: string | undefined;
}

/**
 * Section files in a folder inside the plans folder ("Q2 as sent/5-climate.yaml") whose section the
 * plans folder itself does not hold: plan reads only the files directly in the folder, so such a
 * section would be left out of the report in silence. A copy of a section that is read (the same
 * number, or the same name) is a kept copy and not named; nor is plan.yaml.
 */
export function sectionsBelow(paths: readonly string[], readSections: readonly string[]): SectionBelow[] {
  const numbers = new Set(readSections.map(sectionNumber));
  const names = new Set(readSections.map((name) => name.toLowerCase()));
  const numbered = readSections.some((name) => sectionNumber(name) !== undefined);
  return paths.flatMap((path) => {
    const name = baseName(path);
    const section = sectionNumber(name);
    if (/^plan\.ya?ml$/i.test(name) || names.has(name.toLowerCase())) return [];
    // Unnumbered files below a numbered plan are other things (settings, notes kept as YAML).
    if (section === undefined ? numbered : numbers.has(section)) return [];
    return [{ path, section }];
  });
}
