/**
 * What Cabildo may take from a cédula's barcode (docs/cedula-barcodes.md, "What Cabildo may keep").
 * The blood type, the AFIS code and the finger-card number are deliberately absent: they are
 * dropped while parsing and must never reach this shape (Ley 1581 de 2012).
 */
export type CedulaDocumentType = 'CC' | 'TI';

export type CedulaSex = 'M' | 'F';

/** DIVIPOLA codes as the card prints them: municipality (2 digits) and department (3 digits). */
export interface CedulaBirthPlace {
  municipalityCode: string;
  departmentCode: string;
}

export interface CedulaReading {
  documentType: CedulaDocumentType;
  /** Digits only, without the card's left zero padding. */
  documentNumber: string;
  firstSurname: string;
  secondSurname?: string;
  firstName: string;
  middleName?: string;
  sex: CedulaSex;
  /** YYYY-MM-DD. */
  birthDate: string;
  birthPlace?: CedulaBirthPlace;
}

export interface CedulaParseOptions {
  /** YYYY-MM-DD supplied by the caller (the core reads no clock); birth dates after it are refused. */
  today?: string;
}
