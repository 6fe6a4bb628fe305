import type { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/app-error';
import type { TicketSigner } from './ticket-signer';

export interface TicketView {
  id: string;
  code: string;
  seatCode: string | null;
  ticketTypeId: string;
  status: 'valid' | 'void';
  boardedAt: string | null;
  qrPayload: string;
}

export const TicketErrors = {
  invalid: () => new AppError('ticket_invalid', 422, { detail: 'This QR code is not a Prichal ticket' }),
  void: (id: string) => new AppError('ticket_void', 409, { detail: 'This ticket was refunded or cancelled', params: { ticketId: id } }),
  used: (id: string, boardedAt: string) =>
    new AppError('ticket_already_used', 409, { detail: 'This ticket has already been used to board', params: { ticketId: id, boardedAt } }),
  wrongSailing: (id: string) => new AppError('ticket_wrong_sailing', 409, { detail: 'This ticket is for another sailing', params: { ticketId: id } }),
};

/** E-tickets (issued on payment by order-tickets.ts): shown with their signed QR codes, checked at boarding. */
export class TicketsService {
  constructor(
    private readonly db: DataSource,
    private readonly signer: TicketSigner,
  ) {}

  async forOrder(orderId: string): Promise<TicketView[]> {
    const rows = (await this.db.query(
      `SELECT t.id, t.code, t.event_id, t.seat_code, t.ticket_type_id, t.status, t.boarded_at
         FROM ticket t JOIN order_line l ON l.id = t.order_line_id WHERE t.order_id = $1 ORDER BY l.position`,
      [orderId],
    )) as Array<{ id: string; code: string; event_id: string; seat_code: string | null; ticket_type_id: string; status: 'valid' | 'void'; boarded_at: Date | null }>;
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      seatCode: r.seat_code,
      ticketTypeId: r.ticket_type_id,
      status: r.status,
      boardedAt: r.boarded_at?.toISOString() ?? null,
      qrPayload: this.signer.sign({ t: r.id, e: r.event_id, s: r.seat_code, c: r.code }),
    }));
  }

  /**
   * The boarding check: a genuine, valid ticket boards once. The conditional UPDATE makes two
   * scanners reading the same ticket at once let it through only one of them.
   */
  async board(payload: string, eventId?: string): Promise<{ ticketId: string; eventId: string; seatCode: string | null; boardedAt: string }> {
    const claims = this.signer.verify(payload);
    if (!claims) throw TicketErrors.invalid();
    if (eventId && claims.e !== eventId) throw TicketErrors.wrongSailing(claims.t);
    const [boarded] = (await this.db.query(
      `WITH boarded AS (
         UPDATE ticket SET boarded_at = now() WHERE id = $1 AND code = $2 AND status = 'valid' AND boarded_at IS NULL RETURNING boarded_at
       ) SELECT boarded_at FROM boarded`,
      [claims.t, claims.c],
    )) as Array<{ boarded_at: Date }>;
    if (boarded) return { ticketId: claims.t, eventId: claims.e, seatCode: claims.s, boardedAt: boarded.boarded_at.toISOString() };
    const [ticket] = (await this.db.query('SELECT status, boarded_at FROM ticket WHERE id = $1 AND code = $2', [claims.t, claims.c])) as Array<{
      status: 'valid' | 'void'; boarded_at: Date | null;
    }>;
    if (!ticket) throw TicketErrors.invalid();
    if (ticket.status === 'void') throw TicketErrors.void(claims.t);
    throw TicketErrors.used(claims.t, ticket.boarded_at?.toISOString() ?? '');
  }
}
