import { AppError } from '../../platform/errors/app-error';
import type { Lang } from '../../platform/http/locale';
import type { CatalogService } from '../catalog/catalog.service';
import type { OrderView } from '../orders/order-view';
import type { OrdersModule } from '../orders/orders.module';
import type { RefundService } from '../refunds/refund.service';
import { formatMoscowDateTime, formatRub, refundPolicy, ticketLine, ticketList } from './locale-format';
import type { TemplateValues } from './template-renderer';

/**
 * An order's data as a message shows it, in the reader's language: the sailing's title, route
 * and pier from the catalog in that language, times in Moscow time, amounts in roubles, the
 * exact refund deadline (24 hours before departure) and a link that opens the order without
 * logging in. Everything is read through the owning modules' services.
 *
 * `refundPolicy` is a sentence made here rather than in the templates, because it says one of
 * two things: until when refunds are open, or — for tickets bought on the day — that they are not.
 */
export class OrderMessageData {
  constructor(
    private readonly deps: { orders: OrdersModule; catalog: CatalogService; refunds: RefundService; publicBaseUrl: string; clock: () => Date },
  ) {}

  order(orderId: string): Promise<OrderView> {
    return this.deps.orders.views.get(orderId);
  }

  async values(order: OrderView, lang: Lang, refund?: { refundId: string }): Promise<TemplateValues> {
    const sailing = await this.sailing(order, lang);
    const typeNames = await this.deps.catalog
      .getTicketTypes({ lang }, order.event.id)
      .then((list) => new Map(list.items.map((t) => [t.id, t.name])), () => new Map<string, string>());
    const lines = linesWithTickets(order);
    const line = (entry: (typeof lines)[number]) =>
      ticketLine({ typeName: typeNames.get(entry.line.ticketTypeId) ?? entry.line.description, seatCode: entry.line.seatCode, totalKopecks: entry.line.totalKopecks }, lang);

    const refundView = refund ? await this.deps.refunds.view(refund.refundId) : null;
    const refunded = new Set(refundView?.tickets ?? []);
    // Before tickets exist (an unpaid order) the lines stand for them.
    const valid = lines.filter((entry) => (entry.ticket ? entry.ticket.status === 'valid' : order.tickets.length === 0));
    const deadline = new Date(order.refundPolicy.refundableUntil);
    return {
      customerName: order.customer.fullName,
      orderNumber: order.number,
      ...sailing,
      departure: formatMoscowDateTime(new Date(order.event.startsAt), lang),
      tickets: ticketList(valid.map(line), lang),
      total: formatRub(order.totalKopecks, lang),
      refundDeadline: formatMoscowDateTime(deadline, lang),
      refundPolicy: refundPolicy(deadline, this.deps.clock(), lang),
      orderLink: this.orderLink(order.id),
      refundAmount: formatRub(refundView?.amountKopecks ?? order.totalKopecks, lang),
      refundedTickets: ticketList(lines.filter((entry) => entry.ticket && refunded.has(entry.ticket.id)).map(line), lang),
    };
  }

  /** `${PUBLIC_BASE_URL}/orders/{id}?token=…`: the shop's order page, opened by the order's access token. */
  orderLink(orderId: string): string {
    return `${this.deps.publicBaseUrl.replace(/\/+$/, '')}/orders/${orderId}?token=${encodeURIComponent(this.deps.orders.tokens.issue(orderId))}`;
  }

  private async sailing(order: OrderView, lang: Lang): Promise<Pick<TemplateValues, 'sailingTitle' | 'route' | 'berth' | 'berthAddress'>> {
    try {
      const event = await this.deps.catalog.getEvent({ lang }, order.event.id);
      return { sailingTitle: event.title, route: event.route.name, berth: event.departureBerth.name, berthAddress: event.departureBerth.address };
    } catch (error) {
      // A sailing taken out of the catalog still has its order: say what the order knows.
      if (!(error instanceof AppError) || error.status !== 404) throw error;
      return { sailingTitle: order.event.title, route: '—', berth: '—', berthAddress: '—' };
    }
  }
}

/** Each order line with its ticket (one per line once paid), matched by seat and ticket type. */
function linesWithTickets(order: OrderView): Array<{ line: OrderView['lines'][number]; ticket: OrderView['tickets'][number] | undefined }> {
  const unused = [...order.tickets];
  return order.lines.map((line) => {
    const index = unused.findIndex((t) => t.seatCode === line.seatCode && t.ticketTypeId === line.ticketTypeId);
    const [ticket] = index >= 0 ? unused.splice(index, 1) : [];
    return { line, ticket };
  });
}
