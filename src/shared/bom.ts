/** The byte-order mark Windows editors put at the start of a UTF-8 file; plan keeps it where it found one. */
export const BOM = '\ufeff';

/** Whether the bytes start with UTF-8's byte-order mark (EF BB BF). */
export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Text without a byte-order mark at its start. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}
