import '../../styles/door.css';
import { ScannerView } from '../door/scanner-view';

/**
 * The door's camera view (src/app/scan behind its Scanner interface, html5-qrcode loaded on demand),
 * reused as is: only QR texts go on to the enrollment screen, which decides whether they are a token.
 */
export function EnrollScanner(props: { onText: (text: string) => void }) {
  return <ScannerView onResult={(result) => result.format !== 'pdf417' && props.onText(result.text)} />;
}
