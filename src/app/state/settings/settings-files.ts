import { MAX_LOGO_BYTES } from './settings-draft';

/** A chosen CSV as text (UTF-8, as spreadsheets export "CSV UTF-8"). */
export const fileText = (file: File): Promise<string> => file.text();

/** A chosen image as a data URL; 'too_big' past the logo limit, so the office picks a smaller one. */
export function logoDataUrl(file: File): Promise<string | 'too_big'> {
  if (file.size > MAX_LOGO_BYTES) return Promise.resolve('too_big');
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('logo'));
    reader.readAsDataURL(file);
  });
}
