import type { Catalogues } from '../../../core/catalogues';

/**
 * The letterhead of printed documents: the municipality named in its catalogues ("Medellín" →
 * "Alcaldía de Medellín"), or a neutral "Alcaldía municipal" when the catalogues name none.
 */
export function municipalityHeader(catalogues: Pick<Catalogues, 'territories'> | undefined): string {
  const name = catalogues?.territories.municipality?.trim();
  return name ? `Alcaldía de ${name}` : 'Alcaldía municipal';
}
