/**
 * The copy a syncing service keeps beside a file changed in two places before it synced: OneDrive (and
 * a SharePoint library synced by it) adds the other computer's name, "8.2-x-DESKTOP-K7Q2M9P.yaml";
 * Dropbox adds "(Jo Smith's conflicted copy 2024-05-01)". With the name of the file it copies, when that
 * file is beside it, and the computer or person named.
 */
export function conflictCopyOf(name: string, names: ReadonlySet<string>): { original: string; by: string; from: string } | undefined {
  const ext = /\.ya?ml$/i.exec(name);
  if (!ext) return undefined;
  const stem = name.slice(0, ext.index);
  const dropbox = /^(.*?) \(([^()]*?)(?:'s)? conflicted copy[^()]*\)$/i.exec(stem);
  if (dropbox && names.has(`${dropbox[1]}${ext[0]}`)) return { original: `${dropbox[1]}${ext[0]}`, by: 'Dropbox', from: dropbox[2]! };
  // A computer's name is at most 15 letters, figures and hyphens, in capitals (Windows writes it so).
  for (let dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
    const pc = stem.slice(dash + 1);
    if (pc.length > 15 || !/^[A-Z0-9][A-Z0-9-]*$/.test(pc) || !/[A-Z]/.test(pc) || !/[0-9]|-|^[A-Z]{4,}$/.test(pc)) continue;
    const original = `${stem.slice(0, dash)}${ext[0]}`;
    if (names.has(original)) return { original, by: 'OneDrive', from: pc };
  }
  return undefined;
}
