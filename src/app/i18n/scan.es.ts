/** Spanish texts of the camera scanner; English twin in scan.en.ts. */
export const scanEs = {
  'scan.guide': 'Alinee el código de barras dentro del recuadro',
  'scan.searching': 'Buscando…',
  'scan.decoderBroken': 'No se pudo cargar el lector de códigos. Recargue la página o busque a la persona por su nombre.',
};
