import { secureHeaders } from 'hono/secure-headers';

/**
 * The PWA is self-hosted: everything comes from this origin. style-src needs 'unsafe-inline' because the
 * built app has inline style attributes (Solid templates such as the scanner frame's width, html5-qrcode);
 * scripts never run inline ('wasm-unsafe-eval' lets the door's decoder compile our own ZXing .wasm; it does
 * not allow eval of JavaScript). img/media allow data: and blob: for QR codes, camera frames and photos.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/**
 * Hono's defaults (nosniff, Referrer-Policy no-referrer, frame and COOP protections) plus the CSP and a
 * Permissions-Policy that keeps only the camera (door scanner) for this origin; without HSTS: the server
 * often runs on plain HTTP in a municipal LAN, and behind HTTPS the proxy owns that decision
 * (includeSubDomains could break other municipal sites).
 */
export const securityHeaders = () =>
  secureHeaders({
    strictTransportSecurity: false,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [], payment: [], usb: [] },
  });
