/**
 * SYNTHETIC cédula barcodes for tests. No real card was copied: the layout below was invented
 * from docs/cedula-barcodes.md and public descriptions of the old cédula's PDF417 (≈530 latin-1
 * bytes, fields padded with NUL runs, the `PubDSK_` marker). All people and numbers are made up.
 *
 * Byte layout produced here (field widths are plausible, not official):
 *   "03" + AFIS code, NUL-padded to 24 · "PubDSK_1", NUL-padded to 16 ·
 *   CC, 10-digit: finger card (8) + number (10, zero-padded) + first surname, NUL-padded to 41
 *   CC, 8-digit:  finger card (8) + NUL NUL + number (8) + first surname, NUL-padded to 41
 *   TI:           finger card (8) + number (10) + NULs, then the first surname in its own 23 bytes
 *   second surname · first name · middle name (23 bytes each; an absent one is all NULs) ·
 *   "0" + sex + YYYYMMDD + municipality (2) + department (3) + "1" + blood type, NUL-padded ·
 *   an opaque binary tail (stands for the signature data, includes bytes 0x80–0x9F) · NULs to 530.
 */
export interface SyntheticCedulaOptions {
  documentType?: 'CC' | 'TI';
  /** '10-digit': number glued to the finger card; '8-digit': finger card alone, 8-digit number. */
  numberLayout?: '10-digit' | '8-digit';
  documentNumber?: string;
  firstSurname?: string;
  secondSurname?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  sex?: string;
  /** YYYY-MM-DD, or any text to write verbatim in place of YYYYMMDD. */
  birthDate?: string;
  municipalityCode?: string;
  departmentCode?: string;
  bloodType?: string;
  afisCode?: string;
  fingerCard?: string;
}

export const CEDULA_LENGTH = 530;

export const defaultCedula = {
  documentType: 'CC',
  numberLayout: '10-digit',
  documentNumber: '1037482915',
  firstSurname: 'PEÑA',
  secondSurname: 'ÁLVAREZ',
  firstName: 'LUZ',
  middleName: 'MARINA',
  sex: 'F',
  birthDate: '1984-07-23',
  municipalityCode: '05',
  departmentCode: '001',
  bloodType: 'AB-',
  afisCode: '58193467',
  fingerCard: '62504918',
} as const satisfies Required<SyntheticCedulaOptions>;

function field(text: string, width: number): number[] {
  const bytes = [...text].map((character) => {
    const code = character.charCodeAt(0);
    if (code > 0xff) throw new Error(`not a latin-1 character: ${character}`);
    return code;
  });
  if (bytes.length > width) throw new Error(`"${text}" does not fit in ${width} bytes`);
  return [...bytes, ...new Array<number>(width - bytes.length).fill(0)];
}

/** Deterministic stand-in for the card's binary data: every byte value except NUL, high ones included. */
function opaqueTail(length: number): number[] {
  return Array.from({ length }, (_, i) => 1 + ((i * 37) % 255));
}

export function syntheticCedula(options: SyntheticCedulaOptions = {}): Uint8Array {
  const o = { ...defaultCedula, ...options };
  const compactDate = /^\d{4}-\d{2}-\d{2}$/.test(o.birthDate) ? o.birthDate.replaceAll('-', '') : o.birthDate;
  const numberAndSurname =
    o.documentType === 'TI'
      ? [...field(o.fingerCard + o.documentNumber.padStart(10, '0'), 41), ...field(o.firstSurname, 23)]
      : o.numberLayout === '8-digit'
        ? field(`${o.fingerCard}\0\0${o.documentNumber.padStart(8, '0')}${o.firstSurname}`, 41)
        : field(o.fingerCard + o.documentNumber.padStart(10, '0') + o.firstSurname, 41);
  const bytes = [
    ...field(`03${o.afisCode}`, 24),
    ...field('PubDSK_1', 16),
    ...numberAndSurname,
    ...field(o.secondSurname ?? '', 23),
    ...field(o.firstName ?? '', 23),
    ...field(o.middleName ?? '', 23),
    ...field(`0${o.sex}${compactDate}${o.municipalityCode}${o.departmentCode}1${o.bloodType}`, 32),
    ...opaqueTail(96),
  ];
  if (bytes.length > CEDULA_LENGTH) throw new Error('synthetic cédula longer than a real one');
  return Uint8Array.from([...bytes, ...new Array<number>(CEDULA_LENGTH - bytes.length).fill(0)]);
}

/** Windows-1252 characters for bytes 0x80–0x9F, as a browser's "iso-8859-1" TextDecoder returns them. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function asWindows1252String(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte),
  ).join('');
}

export function asLatin1String(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
}
