/**
 * A category name as the lines of a chart axis label: chart.js cuts a long single-line label at the
 * axis edge ("…ncidas (más de 15 días hábiles)"), so long names are broken between words.
 */
export function wrapLabel(label: string, width = 26): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
