import { describe, expect, it } from 'vitest';
import { tokenFromHash, tokenFromScan } from '../../../src/app/state/auth/token-link';

const TOKEN = 'Ab3_-xYz0123456789abcdefghijklmnopqrstuvwxy';

describe('enrollment and setup tokens in links and QR codes', () => {
  it('reads the token from the fragment only when it looks like one', () => {
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash('#token=')).toBeUndefined();
    expect(tokenFromHash('#token=<script>alert(1)</script>')).toBeUndefined();
    expect(tokenFromHash('')).toBeUndefined();
  });

  it('accepts a scanned enrollment QR of this server, and says why it refuses any other code', () => {
    expect(tokenFromScan(`https://cabildo.example/enrolar#token=${TOKEN}`, 'https://cabildo.example')).toEqual({ token: TOKEN });
    expect(tokenFromScan(`https://otro.example/enrolar#token=${TOKEN}`, 'https://cabildo.example')).toEqual({ wrong: 'other_server' });
    expect(tokenFromScan(`https://cabildo.example/f/escuchadero?e=x&s=y`, 'https://cabildo.example')).toEqual({ wrong: 'not_enrollment' });
    expect(tokenFromScan('1.0.43111222', 'https://cabildo.example')).toEqual({ wrong: 'not_enrollment' });
  });
});
