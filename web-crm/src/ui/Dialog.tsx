import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the native <dialog> (focus trap, Escape and the backdrop come with it).
 * Rendered while open; closing (Escape, the × button) calls `onClose`.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__head">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="button button--link" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

/**
 * A dialog form's two buttons: the action (submit, disabled while it runs or cannot run) and
 * the way out, which closes without doing anything.
 */
export function DialogActions({
  confirm,
  dismiss,
  onDismiss,
  disabled,
  danger = false,
}: {
  confirm: string;
  dismiss: string;
  onDismiss: () => void;
  disabled: boolean;
  danger?: boolean;
}) {
  return (
    <div className="form__actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={disabled}>
        {confirm}
      </button>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {dismiss}
      </button>
    </div>
  );
}
