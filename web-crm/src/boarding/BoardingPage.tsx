import { ApiError, unwrap, type Schemas } from '@prichal/sdk';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { SailingPicker, useSailing } from '../events/SailingPicker';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Status';
import { CameraScanner, canScanWithCamera } from './CameraScanner';
import { readTicketClaims, type TicketClaims } from './ticketPayload';

type Boarding = Schemas['Boarding'];
/** Refusals that are about the ticket itself (say "do not board"), not about the request. */
const TICKET_REFUSALS = new Set(['ticket_invalid', 'ticket_void', 'ticket_already_used', 'ticket_wrong_sailing']);

/** The boarding check: a genuine, valid ticket boards once (the API marks it used). */
function useVerifyTicket() {
  return useMutation({
    mutationFn: async (body: Schemas['VerifyTicketRequest']) => unwrap(await api.POST('/tickets/verify', { body })),
  });
}

/**
 * `/admin/boarding`: the gangway check for staff with orders:read. A handheld scanner types the
 * QR code's text into the field and presses Enter; a phone can use its camera; the text may
 * also be pasted. Each check says at once whether to let the passenger board, and the field is
 * ready for the next ticket.
 */
export function BoardingPage() {
  const { t } = useTranslation();
  const verify = useVerifyTicket();
  const [eventId, setEventId] = useState('');
  const [payload, setPayload] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  function check(text: string) {
    const trimmed = text.trim();
    if (trimmed === '') return;
    setChecked(trimmed);
    setPayload('');
    setCamera(false);
    verify.mutate({ payload: trimmed, ...(eventId ? { eventId } : {}) }, { onSettled: () => input.current?.focus() });
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    check(payload);
  }

  return (
    <section className="page" aria-labelledby="boarding-title">
      <div className="page__head">
        <h1 id="boarding-title">{t('boarding.title')}</h1>
        <p className="muted">{t('boarding.text')}</p>
      </div>
      <form className="card form" onSubmit={submit}>
        <SailingPicker value={eventId} onChange={setEventId} label={t('boarding.sailing')} />
        <Field label={t('boarding.payload')} hint={t('boarding.payloadHint')}>
          <textarea
            ref={input}
            rows={2}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={payload}
            onChange={(e) => setPayload(e.target.value)}
            onKeyDown={(e) => {
              // Scanners end with Enter: check at once instead of starting a new line.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                check(payload);
              }
            }}
          />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={verify.isPending || payload.trim() === ''}>
            {t('boarding.check')}
          </button>
          {canScanWithCamera() && !camera && (
            <button type="button" className="button button--secondary" onClick={() => setCamera(true)}>
              {t('boarding.scan')}
            </button>
          )}
        </div>
        {camera && <CameraScanner onScan={check} onClose={() => setCamera(false)} />}
      </form>
      <div aria-live="polite">
        {checked !== null && verify.isSuccess && <Verdict ok boarding={verify.data} claims={readTicketClaims(checked)} />}
        {checked !== null && verify.isError && <Refusal error={verify.error} claims={readTicketClaims(checked)} />}
      </div>
    </section>
  );
}

function Refusal({ error, claims }: { error: unknown; claims: TicketClaims | null }) {
  if (!(error instanceof ApiError) || !TICKET_REFUSALS.has(error.problem.code)) return <ErrorMessage error={error} />;
  // A forged or damaged code's claims mean nothing; the others were signed by us.
  return <Verdict ok={false} error={error} claims={error.problem.code === 'ticket_invalid' ? null : claims} />;
}

/** The answer at the gangway: board or not, why, and the ticket it was about. */
function Verdict({ ok, boarding, error, claims }: { ok: boolean; boarding?: Boarding; error?: ApiError; claims: TicketClaims | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sailing = useSailing(boarding?.eventId ?? claims?.eventId ?? '');
  const code = error?.problem.code;
  const usedAt = code === 'ticket_already_used' ? error?.problem.params?.boardedAt : undefined;
  const seat = boarding ? boarding.seatCode : claims?.seatCode;

  return (
    <section className={`card verdict ${ok ? 'verdict--ok' : 'verdict--bad'}`} aria-labelledby="verdict-title" data-testid="boarding-verdict">
      <h2 id="verdict-title">{ok ? t('boarding.ok') : t('boarding.refused')}</h2>
      {!ok && (
        <p>
          {code === 'ticket_void' && t('boarding.reasons.void')}
          {code === 'ticket_invalid' && t('boarding.reasons.invalid')}
          {code === 'ticket_wrong_sailing' && t('boarding.reasons.wrongSailing')}
          {code === 'ticket_already_used' &&
            (typeof usedAt === 'string' && usedAt ? t('boarding.reasons.usedAt', { at: formatDateTime(usedAt, lang) }) : t('boarding.reasons.used'))}
        </p>
      )}
      {(boarding || claims) && (
        <dl className="facts">
          {claims && (
            <>
              <dt>{t('boarding.ticket')}</dt>
              <dd>
                <code>{claims.code}</code>
              </dd>
            </>
          )}
          <dt>{t('boarding.seat')}</dt>
          <dd>{seat ?? t('boarding.noSeat')}</dd>
          {sailing.data && (
            <>
              <dt>{t('boarding.sailingName')}</dt>
              <dd>
                {sailing.data.title}, {formatDateTime(sailing.data.startsAt, lang)}
              </dd>
            </>
          )}
          {boarding && (
            <>
              <dt>{t('boarding.boardedAt')}</dt>
              <dd>{formatDateTime(boarding.boardedAt, lang)}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
