export type { CedulaBirthPlace, CedulaDocumentType, CedulaParseOptions, CedulaReading, CedulaSex } from './cedula-reading';
export { parseCedulaBarcode } from './parse-cedula-barcode';
export { cedulaFormFields, type CedulaFormFields } from './attendance-fields';
export { latin1Text } from './latin1-text';
