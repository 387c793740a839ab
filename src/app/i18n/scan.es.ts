/** Spanish texts of the camera scanner; English twin in scan.en.ts. */
export const scanEs = {
  'scan.guide': 'Alinee el código de barras dentro del recuadro',
  'scan.searching': 'Buscando…',
};
