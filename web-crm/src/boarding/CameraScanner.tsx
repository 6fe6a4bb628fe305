import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Barcode Detection API (Chromium on Android, ChromeOS, macOS); not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorClass | null {
  const candidate: unknown = Reflect.get(window, 'BarcodeDetector');
  return typeof candidate === 'function' ? (candidate as BarcodeDetectorClass) : null;
}

/** Whether this browser can read QR codes from the camera (otherwise a handheld scanner or paste). */
export const canScanWithCamera = () => barcodeDetector() !== null && typeof navigator.mediaDevices?.getUserMedia === 'function';

const SCAN_EVERY_MS = 250;

/**
 * The back camera's picture, read for a QR code a few times a second; the first code found is
 * handed to `onScan` and the camera is released.
 */
export function CameraScanner({ onScan, onClose }: { onScan: (payload: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  // The latest callback, so a re-render of the page does not restart the camera.
  const latestOnScan = useRef(onScan);
  useEffect(() => {
    latestOnScan.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!Detector) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return stop();
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current || stopped) return;
          void detector.detect(video.current).then((codes) => {
            const found = codes[0]?.rawValue;
            if (found && !stopped) {
              stop();
              latestOnScan.current(found);
            }
          });
        }, SCAN_EVERY_MS);
      })
      .catch(() => setFailed(true)); // no camera, or permission refused
    return stop;
  }, []);

  return (
    <div className="scanner">
      {failed ? <p className="field__error" role="alert">{t('boarding.cameraFailed')}</p> : <video ref={video} className="scanner__video" muted playsInline aria-label={t('boarding.camera')} />}
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('boarding.stopCamera')}
      </button>
    </div>
  );
}
