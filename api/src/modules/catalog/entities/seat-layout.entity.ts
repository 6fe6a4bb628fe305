import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../platform/db/base.entity';
import { localizedColumn, type LocalizedText } from './localized';

/** A class of seats priced alike (standard, window, VIP…). */
@Entity('seat_category')
export class SeatCategory extends BaseEntity {
  @Column({ name: 'code', type: 'text' })
  code: string;

  @Column(localizedColumn('name'))
  name: LocalizedText;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}

@Entity('deck')
export class Deck extends BaseEntity {
  @Column({ name: 'vessel_id', type: 'uuid' })
  vesselId: string;

  @Column(localizedColumn('name'))
  name: LocalizedText;

  /** 1 is the lowest deck. */
  @Column({ name: 'level', type: 'smallint' })
  level: number;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}

@Entity('deck_section')
export class DeckSection extends BaseEntity {
  @Column({ name: 'deck_id', type: 'uuid' })
  deckId: string;

  @Column(localizedColumn('name'))
  name: LocalizedText;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}

@Entity('seat_row')
export class SeatRow extends BaseEntity {
  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @Column({ name: 'label', type: 'text' })
  label: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}

@Entity('seat')
export class Seat extends BaseEntity {
  @Column({ name: 'vessel_id', type: 'uuid' })
  vesselId: string;

  @Column({ name: 'row_id', type: 'uuid' })
  rowId: string;

  /** Unique per vessel; what holds, tickets and the seat map refer to. */
  @Column({ name: 'seat_code', type: 'text' })
  seatCode: string;

  @Column({ name: 'number', type: 'text' })
  number: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ name: 'pos_x', type: 'numeric', precision: 6, scale: 2 })
  posX: string;

  @Column({ name: 'pos_y', type: 'numeric', precision: 6, scale: 2 })
  posY: string;

  @Column({ name: 'wheelchair', type: 'boolean' })
  wheelchair: boolean;

  @Column({ name: 'companion', type: 'boolean' })
  companion: boolean;

  @Column({ name: 'restricted_view', type: 'boolean' })
  restrictedView: boolean;
}
