import { Column, DeleteDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../platform/db/base.entity';
import { localizedColumn, type LocalizedText } from './localized';
import type { VatMode } from '../vat';

export type EventKind = 'excursion' | 'event';
export type EventStatus = 'scheduled' | 'cancelled';
export type EventSupplier = 'own' | 'astra_marin' | 'neva_travel';

/** A sailing: one departure of a route on a vessel. */
@Entity('event')
export class CatalogEvent extends BaseEntity {
  @Column({ name: 'kind', type: 'text' })
  kind: EventKind;

  @Column(localizedColumn('title'))
  title: LocalizedText;

  @Column(localizedColumn('description'))
  description: LocalizedText;

  @Column({ name: 'route_id', type: 'uuid' })
  routeId: string;

  @Column({ name: 'vessel_id', type: 'uuid' })
  vesselId: string;

  @Column({ name: 'departure_berth_id', type: 'uuid' })
  departureBerthId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'status', type: 'text' })
  status: EventStatus;

  @Column({ name: 'supplier', type: 'text' })
  supplier: EventSupplier;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  /** NULL: the catalog default from settings. */
  @Column({ name: 'vat_mode', type: 'text', nullable: true })
  vatMode: VatMode | null;

  @Column({ name: 'vat_percent', type: 'smallint', nullable: true })
  vatPercent: number | null;

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}

@Entity('event_ticket_type')
export class EventTicketType {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'ticket_type_id', type: 'uuid' })
  ticketTypeId: string;

  /** For general admission: at most this many of the type per sailing. */
  @Column({ name: 'quota', type: 'integer', nullable: true })
  quota: number | null;
}

@Entity('event_price')
export class EventPrice extends BaseEntity {
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'ticket_type_id', type: 'uuid' })
  ticketTypeId: string;

  /** NULL: the price for any seat (and for general admission). */
  @Column({ name: 'seat_category_id', type: 'uuid', nullable: true })
  seatCategoryId: string | null;

  @Column({ name: 'amount_kopecks', type: 'integer' })
  amountKopecks: number;
}
